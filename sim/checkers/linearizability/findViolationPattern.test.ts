/**
 * Each pattern claims a fact about the whole history ("3 had already been
 * overwritten"), so a pattern must never fire on a key that is in fact linearizable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findViolationPattern } from './findViolationPattern';
import type { Witness } from './findViolationPattern';
import type { History } from './history';
import { buildKeyProblems } from './keyProblem';
import { historyOf, read, write } from './operationBuilders';
import { isLinearizableByBruteForce } from './testing/bruteForceLinearizable';
import {
  arbitraryHistories,
  concurrentHistories,
  mutatedHistories,
} from './testing/historyArbitraries';

const seedFromEnvironment =
  process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const runs = (numRuns: number) => ({ numRuns, ...seedFromEnvironment });

function patternsOf(history: History): { key: string | null; witness: Witness | undefined }[] {
  return buildKeyProblems(history).map((problem) => ({
    key: problem.key,
    witness: findViolationPattern(problem, history),
  }));
}

describe('findViolationPattern', () => {
  it('names the operations of a stale read', () => {
    const history = historyOf([write(0, 1, 0, 1), write(0, 2, 2, 3), read(1, 1, 4, 5)]);
    expect(patternsOf(history)).toEqual([
      { key: null, witness: { type: 'overwritten', observer: 2, lastWriter: 0, overwriter: 1 } },
    ]);
  });

  it('does not claim a stale read while an unknown-outcome write could explain it', () => {
    const history = historyOf([
      write(0, 1, 0, 1),
      write(0, 2, 2, 3),
      write(2, 1, 2, null, { status: 'info' }),
      read(1, 1, 4, 5),
    ]);
    expect(patternsOf(history)).toEqual([{ key: null, witness: undefined }]);
  });

  it('never fires on a linearizable key', () => {
    fc.assert(
      fc.property(concurrentHistories(40), (history) => {
        for (const { witness } of patternsOf(history)) expect(witness).toBeUndefined();
      }),
      runs(300),
    );
  });

  it('fires only on keys the brute-force oracle rejects', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedHistories(7), arbitraryHistories(7)), (history) => {
        for (const { key, witness } of patternsOf(history)) {
          if (witness === undefined) continue;
          const keyOps = history.ops.filter((op) => op.key === key);
          expect(isLinearizableByBruteForce({ ...history, ops: keyOps })).toBe(false);
        }
      }),
      runs(2000),
    );
  });
});
