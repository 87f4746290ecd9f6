/**
 * An incremental checker for a history that grows while a simulation runs: add
 * operations as they complete, and re-check. Only keys that received operations since
 * the last check are searched again; the others keep their verdicts (locality,
 * Herlihy & Wing 1990).
 */
import type { History, Model, Operation, Value } from './history';
import { findOperationProblems } from './history';
import { buildKeyProblems } from './keyProblem';
import { checkKey, combineVerdicts } from './checkLinearizability';
import type { CheckOptions, Verdict } from './verdict';

export type AddResult =
  | { readonly ok: true; readonly index: number }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface IncrementalChecker {
  /** Appends an operation, after the same checks the parsers make. */
  add(op: Operation): AddResult;
  /** The verdict for every operation added so far. */
  check(options?: CheckOptions): Verdict;
  /** A snapshot of the history so far. */
  history(): History;
}

/**
 * Creates an incremental checker. Not pure: the returned object accumulates operations
 * and caches per-key verdicts. It is deterministic, and `check()` always answers what
 * `checkLinearizability(history())` would (with the same options).
 */
export function createChecker(model: Model, init: Value = null): IncrementalChecker {
  const ops: Operation[] = [];
  const verdictByKey = new Map<string | null, Verdict>();
  const keysInOrder: (string | null)[] = [];
  const changedKeys = new Set<string | null>();
  let lastOptions: CheckOptions | undefined;
  const snapshot = (): History => ({ model, init, ops: [...ops] });

  return {
    add(op) {
      const problems = findOperationProblems(op, model);
      if (problems.length > 0) {
        return { ok: false, errors: problems.map((problem) => `ops[${ops.length}].${problem}`) };
      }
      if (!keysInOrder.includes(op.key)) keysInOrder.push(op.key);
      ops.push(op);
      changedKeys.add(op.key);
      return { ok: true, index: ops.length - 1 };
    },
    check(options = {}) {
      if (lastOptions !== undefined && !sameOptions(lastOptions, options)) {
        for (const key of verdictByKey.keys()) changedKeys.add(key);
      }
      lastOptions = options;
      if (changedKeys.size > 0) {
        const history = snapshot();
        for (const problem of buildKeyProblems(history, changedKeys)) {
          verdictByKey.set(problem.key, checkKey(problem, history, options));
        }
        changedKeys.clear();
      }
      return combineVerdicts(keysInOrder, (key) => verdictByKey.get(key) ?? { linearizable: true });
    },
    history: snapshot,
  };
}

function sameOptions(a: CheckOptions, b: CheckOptions): boolean {
  return (
    a.searchStepsMax === b.searchStepsMax &&
    a.shrinkStepsMax === b.shrinkStepsMax &&
    a.cacheBytesMax === b.cacheBytesMax
  );
}
