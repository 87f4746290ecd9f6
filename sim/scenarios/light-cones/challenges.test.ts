/** Each challenge is solved by its own solution and not by a near miss. */
import { STATE } from './states';
import { describe, expect, it } from 'vitest';
import { attempt, replay } from '@/sim/challenges/testing';
import { US_PER_S } from '@/sim/core/time';
import { mutualVisibilityChallenges } from './challenges';
import { mutualVisibility } from './scenario';

const S = US_PER_S;
const byId = (id: string) => mutualVisibilityChallenges.find((c) => c.id === id)!;
const run = (id: string, params: Record<string, number>, until = 5 * S) =>
  attempt(mutualVisibility, byId(id), { seed: 1, params, commands: [], until });

describe('light-cones challenges', () => {
  it('are solved by their own solutions', () => {
    for (const challenge of mutualVisibilityChallenges)
      expect(attempt(mutualVisibility, challenge, challenge.solution), challenge.id).not.toBeNull();
  });

  it('a shot fired before the news arrives is not informed', () => {
    // 300 ms after the soldier, the sniper fires 100 ms before the news reaches it.
    expect(run('lc-informed-shot', { gap: 300 })).toBeNull();
    // Either shooter will do: the soldier, 500 ms after the sniper.
    expect(run('lc-informed-shot', { gap: -500 })).not.toBeNull();
  });

  it('the default run has no tie; with no gap, the observer halfway, n4, has one', () => {
    expect(run('lc-tie', {})).toBeNull();
    const sim = replay(mutualVisibility, byId('lc-tie').solution);
    const ties = sim.trace
      .slice(0, sim.traceEnd)
      .filter((entry) => entry.type === 'state' && entry.to === STATE.tie);
    expect(ties.map((entry) => (entry.type === 'state' ? entry.node : ''))).toEqual(['n4']);
  });

  it('shots far apart in time, close in space, are ordered for everyone', () => {
    expect(run('lc-far-apart', { gap: 250 })).toBeNull();
    // Far apart in space but close in time is not the challenge.
    expect(run('lc-far-apart', { gap: 20, distance: 2 * S })).toBeNull();
  });
});
