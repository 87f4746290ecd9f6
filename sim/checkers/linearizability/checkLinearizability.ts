/**
 * The linearizability checker's entry point. Each key is checked on its own (locality:
 * Herlihy & Wing 1990; Horn & Kroening 2015 on P-compositionality) with Wing & Gong's
 * 1993 search and Lowe's 2017 memoisation (`searchLinearization`).
 */
import type { History } from './history';
import type { KeyProblem } from './keyProblem';
import { buildKeyProblems } from './keyProblem';
import { explainViolation } from './explainViolation';
import { findViolationPattern } from './findViolationPattern';
import { searchLinearization } from './searchLinearization';
import type { CheckOptions, Verdict } from './verdict';
import { SHRINK_STEPS_DEFAULT } from './verdict';
import { assertNever } from '@/sim/core/assertNever';

/** Search steps spent on the longest legal prefix once a pattern has proved a violation. */
const PREFIX_SEARCH_STEPS_MAX = 1_000_000;

/**
 * Decides whether `history` is linearizable. A `false` verdict names the first key (in
 * order of first appearance) that fails, with operations to highlight and a sentence.
 * `unknown` only when `options.searchStepsMax` runs out on some key and no other key
 * fails. Pure and deterministic.
 */
export function checkLinearizability(history: History, options: CheckOptions = {}): Verdict {
  return combineVerdicts(buildKeyProblems(history), (problem) =>
    checkKey(problem, history, options),
  );
}

/**
 * Checks one key of `history`. The cheap patterns of `findViolationPattern` run first:
 * each proves a violation on its own, so when one applies the search only runs (within
 * `PREFIX_SEARCH_STEPS_MAX`) to report the longest legal prefix. That matters because
 * an exhaustive search must explore every configuration before it can say no, which on
 * a long history full of unknown outcomes can take very long. Pure.
 */
export function checkKey(problem: KeyProblem, history: History, options: CheckOptions): Verdict {
  const witness = findViolationPattern(problem, history);
  const stepsMax = options.searchStepsMax ?? Infinity;
  const outcome = searchLinearization(
    problem,
    witness === undefined ? stepsMax : Math.min(stepsMax, PREFIX_SEARCH_STEPS_MAX),
  );
  const explain = (longestPrefix: readonly number[]) =>
    explainViolation(
      problem,
      history,
      longestPrefix,
      witness,
      options.shrinkStepsMax ?? SHRINK_STEPS_DEFAULT,
    );
  switch (outcome.status) {
    case 'linearizable':
      // Unreachable while the patterns are sound (tested); the search is the authority.
      return { linearizable: true };
    case 'violation':
      return explain(outcome.longestPrefix);
    case 'exhausted': {
      if (witness !== undefined) return explain(outcome.longestPrefix);
      const which = problem.key === null ? 'the register' : `key ${JSON.stringify(problem.key)}`;
      return {
        linearizable: 'unknown',
        reason: `Gave up on ${which} after ${outcome.steps} search steps (searchStepsMax).`,
      };
    }
    default:
      return assertNever(outcome);
  }
}

/**
 * Checks keys in order and stops at the first violation; a key that ran out of budget
 * makes the whole answer `unknown` only if no later key fails. Pure if `check` is.
 */
export function combineVerdicts<T>(keys: Iterable<T>, check: (key: T) => Verdict): Verdict {
  let unknown: Verdict | undefined;
  for (const key of keys) {
    const verdict = check(key);
    if (verdict.linearizable === false) return verdict;
    if (verdict.linearizable === 'unknown') unknown ??= verdict;
  }
  return unknown ?? { linearizable: true };
}
