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
import { searchLinearization, type SearchLimit } from './searchLinearization';
import type { CheckOptions, Verdict } from './verdict';
import { CACHE_BYTES_DEFAULT, SHRINK_STEPS_DEFAULT } from './verdict';
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
  const total = history.ops.length;
  let done = 0;
  return combineVerdicts(buildKeyProblems(history), (problem) => {
    const onProgress = options.onProgress;
    const verdict = checkKey(problem, history, {
      ...options,
      onProgress: onProgress && ((progress) => onProgress({ done: done + progress.done, total })),
    });
    done += problem.size;
    return verdict;
  });
}

/**
 * Checks one key of `history`. A short search (`PREFIX_SEARCH_STEPS_MAX` steps) settles
 * most histories. If it does not find an order, the cheap patterns of
 * `findViolationPattern` run: each proves a violation on its own, so the short search's
 * longest legal prefix is all the explanation needs. Only without a pattern does the
 * search go on to `searchStepsMax`. That matters because an exhaustive search must
 * explore every configuration before it can say no, which on a long history full of
 * unknown outcomes can take very long; and the patterns, quadratic at worst, are not
 * paid for on histories that are fine. Pure if `options.onProgress` is.
 */
export function checkKey(problem: KeyProblem, history: History, options: CheckOptions): Verdict {
  const stepsMax = options.searchStepsMax ?? Infinity;
  const onProgress = options.onProgress;
  const search = (steps: number) =>
    searchLinearization(problem, steps, {
      cacheBytesMax: options.cacheBytesMax ?? CACHE_BYTES_DEFAULT,
      onProgress: onProgress && ((placed) => onProgress({ done: placed, total: problem.size })),
    });
  const shortStepsMax = Math.min(stepsMax, PREFIX_SEARCH_STEPS_MAX);
  let outcome = search(shortStepsMax);
  if (outcome.status === 'linearizable') return { linearizable: true };
  if (outcome.status === 'exhausted' && outcome.limit === 'stopped')
    return unknownVerdict(problem, outcome.limit, outcome.steps, options);
  const witness = findViolationPattern(problem, history);
  const canGoOn = outcome.status === 'exhausted' && outcome.limit === 'steps';
  if (witness === undefined && canGoOn && stepsMax > shortStepsMax) outcome = search(stepsMax);
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
      return { linearizable: true };
    case 'violation':
      return explain(outcome.longestPrefix);
    case 'exhausted': {
      if (witness !== undefined) return explain(outcome.longestPrefix);
      return unknownVerdict(problem, outcome.limit, outcome.steps, options);
    }
    default:
      return assertNever(outcome);
  }
}

/** The `unknown` verdict for a search that hit `limit`, with the reason in words. Pure. */
function unknownVerdict(
  problem: KeyProblem,
  limit: SearchLimit,
  steps: number,
  options: CheckOptions,
): Verdict {
  const which = problem.key === null ? 'the register' : `key ${JSON.stringify(problem.key)}`;
  const size = `${problem.size} operations`;
  switch (limit) {
    case 'steps':
      return {
        linearizable: 'unknown',
        limit,
        reason: `gave up on ${which} (${size}) after ${steps} search steps, the step limit.`,
      };
    case 'memory': {
      const megabytes = Math.round((options.cacheBytesMax ?? CACHE_BYTES_DEFAULT) / 2 ** 20);
      return {
        linearizable: 'unknown',
        limit,
        reason: `gave up on ${which} (${size}): the search needed more than ${megabytes} MB.`,
      };
    }
    case 'stopped':
      return {
        linearizable: 'unknown',
        limit,
        reason: `stopped checking ${which} (${size}) after ${steps} search steps.`,
      };
    default:
      return assertNever(limit);
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
