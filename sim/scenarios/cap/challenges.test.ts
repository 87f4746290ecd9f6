/** Each challenge is solved by its own solution and not by a near miss. */
import { describe, expect, it } from 'vitest';
import { attempt, type Attempt } from '@/sim/challenges/testing';
import type { Command } from '@/sim/core/commands';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { capRegisterChallenges } from './challenges';
import { capRegister } from './scenario';

const S = US_PER_S;
const byId = (id: string) => capRegisterChallenges.find((c) => c.id === id)!;
const split: Command[] = [
  {
    at: 2 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: 10 * S, type: 'heal' },
];
const run = (id: string, over: Partial<Attempt>) =>
  attempt(capRegister, byId(id), { seed: 1, params: {}, commands: [], until: 12 * S, ...over });

describe('cap challenges', { timeout: 60_000 }, () => {
  it('are solved by their own solutions', () => {
    for (const challenge of capRegisterChallenges)
      expect(attempt(capRegister, challenge, challenge.solution), challenge.id).not.toBeNull();
  });

  it('both ways needs the mixed mode and a cut', () => {
    // Without a cut, the AP key is sometimes stale and the CP key refuses while it elects
    // its first leader, but not during a cut.
    expect(run('cap-both-ways', { params: { mode: 'mixed' } })).toBeNull();
    // CP alone refuses but is never stale; AP alone is stale but never refuses.
    expect(run('cap-both-ways', { params: { mode: 'cp' }, commands: split })).toBeNull();
    expect(run('cap-both-ways', { params: { mode: 'ap-lww' }, commands: split })).toBeNull();
  });

  it('synchronised clocks lose no write', () => {
    expect(
      run('cap-lost-write', { params: { mode: 'ap-lww', skew: 0 }, until: 14 * S }),
    ).toBeNull();
    // CP never loses an acknowledged write, however skewed the clocks.
    expect(
      run('cap-lost-write', { params: { skew: 500 * US_PER_MS }, commands: split, until: 14 * S }),
    ).toBeNull();
  });

  it('a cut that leaves a majority is not enough', () => {
    expect(run('cap-no-majority', { commands: [split[0]!] })).toBeNull();
    // Nor is the right cut under AP, which keeps answering.
    const three: Command[] = [
      { at: 2 * S, type: 'partition', groups: [['n1', 'n2'], ['n3', 'n4'], ['n5']] },
    ];
    expect(run('cap-no-majority', { params: { mode: 'ap-lww' }, commands: three })).toBeNull();
  });
});
