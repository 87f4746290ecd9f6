/**
 * Over random seeds, every challenge's verdict is a function of the run alone: the same
 * run read twice, or read in pieces as a sandbox reads it while it plays, or read again
 * after the trace was cut and regrown, is solved at the same entry, or not at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { findScenario } from '@/sim/scenarios';
import { ChallengeReader } from './challenge';
import { challenges, findChallenge, lessonChallenges } from './index';
import { attempt } from './testing';

describe('the challenge list', () => {
  it('has unique ids, two or three per lesson, each for a known scenario', () => {
    expect(new Set(challenges.map((c) => c.id)).size).toBe(challenges.length);
    for (const lesson of ['failure-detection', 'light-cones', 'cap', 'quorums', 'harvest-yield']) {
      const count = lessonChallenges(lesson).length;
      expect(count, lesson).toBeGreaterThanOrEqual(2);
      expect(count, lesson).toBeLessThanOrEqual(3);
    }
    for (const challenge of challenges) {
      expect(findScenario(challenge.scenario), challenge.id).toBeDefined();
      expect(findChallenge(challenge.id)).toBe(challenge);
    }
    expect(findChallenge('no-such-challenge')).toBeUndefined();
  });
});

describe('challenge verdicts', () => {
  for (const challenge of challenges) {
    const scenario = findScenario(challenge.scenario)!;
    it(`${challenge.id}: the same verdict at the same entry, however the trace is read`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.integer({ min: 1, max: 5000 }),
          (seed, chunk) => {
            const run = { ...challenge.solution, seed };
            const once = attempt(scenario, challenge, run);
            expect(attempt(scenario, challenge, run), `seed ${seed}`).toBe(once);
            const params: ParamValues = {
              ...defaultParams(scenario.params),
              ...challenge.solution.params,
            };
            const sim = new Simulation(scenario, params, seed, run.commands);
            sim.seek(run.until);
            const reader = new ChallengeReader(challenge, params);
            for (let end = 0; end < sim.traceEnd; end += chunk) reader.read(sim.trace, end);
            reader.read(sim.trace, sim.traceEnd);
            expect(reader.solvedAt, `seed ${seed}, read ${chunk} at a time`).toBe(once);
            // In slices of at most `chunk` entries, as a page that must stay responsive.
            const sliced = new ChallengeReader(challenge, params);
            while (!sliced.caughtUp(sim.traceEnd)) sliced.read(sim.trace, sim.traceEnd, chunk);
            expect(sliced.solvedAt, `seed ${seed}, ${chunk} a slice`).toBe(once);
            // Read again after the trace was cut short: the verdict starts over.
            reader.read(sim.trace, Math.floor(sim.traceEnd / 2));
            reader.read(sim.trace, sim.traceEnd);
            expect(reader.solvedAt, `seed ${seed}, after a cut`).toBe(once);
          },
        ),
        { numRuns: 4 },
      );
    }, 60_000);
  }
});
