/**
 * Builds the `linearizable: false` verdict for a key the search rejected: a short list of
 * operations to highlight and one sentence saying why.
 */
import type { History, Operation } from './history';
import type { KeyProblem } from './keyProblem';
import type { Verdict } from './verdict';
import {
  andList,
  describeOperation,
  formatInterval,
  toSentence,
  wordsFor,
  type Words,
} from './describeOperation';
import { describeWitness } from './describeWitness';
import type { Witness } from './findViolationPattern';
import { shrinkViolation } from './shrinkViolation';

/** Past this many operations, the fallback sentence counts them instead of listing them. */
const LISTED_OPS_MAX = 6;

/**
 * Explains why `problem` (a key of `history`) is not linearizable, given the longest
 * legal prefix the search found (local indices). A recognised pattern (`witness`) gives
 * the sentence, which is then true of the whole history; otherwise the key is shrunk to
 * a small unorderable set within `shrinkStepsMax` search steps. Pure.
 */
export function explainViolation(
  problem: KeyProblem,
  history: History,
  longestPrefixLocals: readonly number[],
  witness: Witness | undefined,
  shrinkStepsMax: number,
): Extract<Verdict, { linearizable: false }> {
  const global = (local: number) => problem.opIndex[local] ?? -1;
  const longestPrefix = longestPrefixLocals.map(global);
  const placed = new Set(longestPrefix);
  const unplaced = Array.from(problem.opIndex).filter((index) => !placed.has(index));
  const base = { linearizable: false as const, key: problem.key, longestPrefix, unplaced };
  if (witness !== undefined) return { ...base, ...describeWitness(witness, history, problem.key) };

  const shrunk = shrinkViolation(problem, longestPrefixLocals, shrinkStepsMax);
  const ops = shrunk.locals.map(global).sort((a, b) => a - b);
  const listed = ops.map((index) => history.ops[index]).filter((op) => op !== undefined);
  const explanation = toSentence(
    problem.key,
    describeUnorderable(listed, longestPrefix.length, problem.size, wordsFor(history)),
  );
  return { ...base, ops, explanation };
}

function describeUnorderable(
  ops: readonly Operation[],
  placed: number,
  keyOps: number,
  words: Words,
): string {
  const lead = `no order of these ${ops.length} operations respects both their timing and the rules of a register`;
  if (ops.length > LISTED_OPS_MAX) {
    return `${lead}; the longest legal order found placed ${placed} of this key's ${keyOps} operations`;
  }
  const items = ops.map((op) => `${describeOperation(op, words)} (${formatInterval(op, words)})`);
  return `${lead}: ${andList(items)}`;
}
