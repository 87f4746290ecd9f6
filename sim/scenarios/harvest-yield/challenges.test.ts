/** Each challenge is solved by its own solution and not by a near miss. */
import { describe, expect, it } from 'vitest';
import { attempt, replay, type Attempt } from '@/sim/challenges/testing';
import type { Command } from '@/sim/core/commands';
import { US_PER_S } from '@/sim/core/time';
import { harvestYieldChallenges } from './challenges';
import { QueryLog } from './meters';
import { harvestYield } from './scenario';

const S = US_PER_S;
const [harvestPays, yieldPays] = harvestYieldChallenges as [
  (typeof harvestYieldChallenges)[number],
  (typeof harvestYieldChallenges)[number],
];
const crash: Command[] = [{ at: 2 * S, type: 'crash', node: 'n1' }];
const run = (challenge: typeof harvestPays, over: Partial<Attempt>) =>
  attempt(harvestYield, challenge, { seed: 1, params: {}, commands: [], until: 5 * S, ...over });

describe('harvest-yield challenges', { timeout: 60_000 }, () => {
  it('are solved by their own solutions', () => {
    for (const challenge of harvestYieldChallenges)
      expect(attempt(harvestYield, challenge, challenge.solution), challenge.id).not.toBeNull();
  });

  it('the solutions do what the teacher is told: five sixths of the data, or no answers', () => {
    // Answers settled from 3 s on, well after the front end has noticed the crash.
    const settled = (challenge: typeof harvestPays) => {
      const sim = replay(harvestYield, challenge.solution);
      const log = new QueryLog();
      log.read(sim.trace, sim.traceEnd);
      return log.harvest.filter((_, i) => log.doneAt[i]! >= 3 * S);
    };
    const partial = settled(harvestPays);
    expect(partial.length).toBeGreaterThan(50);
    for (const harvest of partial) expect(harvest).toBeCloseTo(5 / 6, 9);
    const failed = settled(yieldPays);
    expect(failed.length).toBeGreaterThan(50);
    for (const harvest of failed) expect(harvest).toBe(-1);
  });

  it('best effort under overload costs both, so it solves neither', () => {
    // Four hundred queries a second on one replica each: partial answers and failures.
    const overload = { params: { replicas: 1, load: 400 }, commands: crash };
    expect(run(harvestPays, overload)).toBeNull();
    expect(run(yieldPays, overload)).toBeNull();
  });

  it('each policy pays its own way, not the other', () => {
    const light = { replicas: 1, load: 50 };
    expect(
      run(harvestPays, { params: { ...light, policy: 'complete' }, commands: crash }),
    ).toBeNull();
    expect(run(yieldPays, { params: light, commands: crash })).toBeNull();
    // Nothing lost at all solves neither.
    expect(run(harvestPays, { params: light })).toBeNull();
  });
});
