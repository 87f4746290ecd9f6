/** Each challenge is solved by its own solution and not by a near miss. */
import { describe, expect, it } from 'vitest';
import { attempt, type Attempt } from '@/sim/challenges/testing';
import type { Command } from '@/sim/core/commands';
import { US_PER_S } from '@/sim/core/time';
import { quorumKvChallenges } from './challenges';
import { quorumKv } from './scenario';

const S = US_PER_S;
const [sloppyStale, strictRefuses] = quorumKvChallenges as [
  (typeof quorumKvChallenges)[number],
  (typeof quorumKvChallenges)[number],
];
const split: Command[] = [
  {
    at: 1 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: 6 * S, type: 'heal' },
];
const run = (challenge: typeof sloppyStale, over: Partial<Attempt>) =>
  attempt(quorumKv, challenge, { seed: 1, params: {}, commands: [], until: 8 * S, ...over });

describe('quorums challenges', { timeout: 60_000 }, () => {
  it('are solved by their own solutions', () => {
    for (const challenge of quorumKvChallenges)
      expect(attempt(quorumKv, challenge, challenge.solution), challenge.id).not.toBeNull();
  });

  it('a stale read with R + W ≤ N, or with a strict quorum, does not count', () => {
    // R = W = 1 gives stale reads with no fault at all, but without overlap.
    expect(run(sloppyStale, { params: { quorum: 'sloppy' } })).toBeNull();
    expect(run(sloppyStale, { params: { r: 2, w: 2 }, commands: split })).toBeNull();
    // Sloppy switched on only after the partition healed: the overlap is back.
    expect(
      run(sloppyStale, {
        params: { r: 2, w: 2 },
        commands: [...split, { at: 7 * S, type: 'param', name: 'quorum', value: 'sloppy' }],
      }),
    ).toBeNull();
  });

  it('a sloppy quorum, or a crash, does not make the strict refusal', () => {
    expect(
      run(strictRefuses, { params: { r: 2, w: 2, quorum: 'sloppy' }, commands: split }),
    ).toBeNull();
    expect(
      run(strictRefuses, {
        params: { r: 3, w: 3 },
        commands: [{ at: 1 * S, type: 'crash', node: 'n1' }],
      }),
    ).toBeNull();
  });
});
