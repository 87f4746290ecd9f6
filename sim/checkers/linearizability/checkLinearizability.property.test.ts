/**
 * Property tests. Generated histories come from running operations against a real
 * register (testing/historyArbitraries.ts), so they are linearizable by construction;
 * small mutated or arbitrary ones are compared with a brute-force oracle. On failure
 * fast-check's report starts with `{ seed: …, path: … }`; run with FC_SEED=<seed> to
 * replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLinearizability } from './checkLinearizability';
import { createChecker } from './createChecker';
import type { Model } from './history';
import { isLinearizableByBruteForce } from './testing/bruteForceLinearizable';
import {
  arbitraryHistories,
  concurrentHistories,
  initialValues,
  mutatedHistories,
  runSteps,
  stepArbitrary,
} from './testing/historyArbitraries';

const seedFromEnvironment =
  process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const runs = (numRuns: number) => ({ numRuns, ...seedFromEnvironment });

describe('checkLinearizability properties', () => {
  it('accepts every sequential history produced by a real register', () => {
    for (const model of ['register', 'cas-register'] as const satisfies readonly Model[]) {
      // Slack under half the spacing keeps the intervals apart.
      const steps = fc.array(stepArbitrary(model, ['ok', 'ok', 'fail'], 40), { maxLength: 60 });
      fc.assert(
        fc.property(steps, initialValues, (generated, init) => {
          expect(checkLinearizability(runSteps(generated, model, init)).linearizable).toBe(true);
        }),
        runs(200),
      );
    }
  });

  it('accepts every concurrent history whose operations took effect inside their intervals', () => {
    fc.assert(
      fc.property(concurrentHistories(80), (history) => {
        expect(checkLinearizability(history).linearizable).toBe(true);
      }),
      runs(300),
    );
  });

  it('agrees with a brute-force search on small mutated histories', () => {
    fc.assert(
      fc.property(mutatedHistories(7), (history) => {
        expect(checkLinearizability(history).linearizable).toBe(
          isLinearizableByBruteForce(history),
        );
      }),
      runs(1000),
    );
  });

  it('agrees with a brute-force search on arbitrary small histories with tied times', () => {
    fc.assert(
      fc.property(arbitraryHistories(7), (history) => {
        expect(checkLinearizability(history).linearizable).toBe(
          isLinearizableByBruteForce(history),
        );
      }),
      runs(1500),
    );
  });

  it('highlights operations that are a counterexample by themselves', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedHistories(30), arbitraryHistories(12)), (history) => {
        const verdict = checkLinearizability(history);
        if (verdict.linearizable !== false) return;
        const subset = verdict.ops
          .map((index) => history.ops[index])
          .filter((op) => op !== undefined);
        expect(checkLinearizability({ ...history, ops: subset }).linearizable).toBe(false);
        expect(subset.every((op) => op.key === verdict.key)).toBe(true);
        expect(verdict.explanation).toMatch(/^([A-Z]|c\d).*\.$/);
        const covered = [...verdict.longestPrefix, ...verdict.unplaced];
        expect(new Set(covered).size).toBe(covered.length);
      }),
      runs(500),
    );
  });

  it('gives the same verdicts incrementally as in one go, whatever the order of ops', () => {
    fc.assert(
      fc.property(mutatedHistories(25), (history) => {
        const checker = createChecker('cas-register', history.init);
        for (const op of history.ops) {
          expect(checker.add(op).ok).toBe(true);
          checker.check();
        }
        const batch = checkLinearizability(history);
        expect(checker.check()).toEqual(batch);
        const reversed = { ...history, ops: [...history.ops].reverse() };
        expect(checkLinearizability(reversed).linearizable).toBe(batch.linearizable);
      }),
      runs(200),
    );
  });
});
