/**
 * Shrinks a non-linearizable key history to a small subset that is still not
 * linearizable, so the UI can highlight a handful of operations instead of hundreds.
 * Used when no simple pattern (`findViolationPattern`) explains the violation.
 *
 * The method is greedy chunk removal in the style of delta debugging (Zeller & Hildebrandt
 * 2002, "Simplifying and isolating failure-inducing input"): try dropping halves, then
 * quarters, and so on down to single operations, keeping every drop after which the
 * search still finds a violation.
 *
 * Dropping an observation (a read, a refused cas) only removes constraints, so the
 * violation that remains was there all along. Dropping a write can invent a violation
 * instead: a read whose writer is gone reads a value "never written". So writes are only
 * dropped while every remaining observation keeps a write of its value that it could
 * have seen.
 */
import type { KeyProblem } from './keyProblem';
import { OpKind, selectOperations } from './keyProblem';
import { isDefinite, searchLinearization } from './searchLinearization';

export interface Shrunk {
  /** Local indices of the remaining operations, ascending. */
  readonly locals: number[];
  /** True if no single allowed drop keeps the violation (the budget did not run out). */
  readonly minimal: boolean;
}

type Trial = 'violation' | 'linearizable' | 'exhausted';

/**
 * Shrinks `problem`, which must not be linearizable, spending at most `stepsMax` search
 * steps. `longestPrefix` (local indices) is the longest legal prefix the full search
 * found; it suggests a first cut. Deterministic. Pure.
 */
export function shrinkViolation(
  problem: KeyProblem,
  longestPrefix: readonly number[],
  stepsMax: number,
): Shrunk {
  let current = Array.from({ length: problem.size }, (_, local) => local);
  let stepsLeft = stepsMax;
  const tryCandidate = (candidate: number[]): Trial => {
    const outcome = searchLinearization(selectOperations(problem, candidate), stepsLeft);
    stepsLeft -= outcome.steps;
    return outcome.status;
  };
  const isObservation = (local: number) => {
    const kind = problem.kind[local];
    return kind === OpKind.read || kind === OpKind.casRefused;
  };
  const isWrite = (local: number) => !isObservation(local);

  // First cut: the search got stuck by the time the first unplaced definite operation
  // returned, so operations called after that are usually irrelevant. Usually: dropping
  // them can make a history linearizable or not, so the cut is tested like any other.
  const cutTime = firstUnplacedReturn(problem, longestPrefix);
  const cut = current.filter((local) => (problem.call[local] ?? 0) <= cutTime);
  if (cut.length < current.length && tryCandidate(cut) === 'violation') current = cut;

  for (let changed = true; changed;) {
    changed = false;
    for (const [removable, allowed] of [
      [isObservation, () => true],
      [isWrite, (candidate: number[]) => observationsKeepWriters(problem, candidate)],
    ] as const) {
      const pass = dropChunks(current, removable, allowed, tryCandidate);
      changed ||= pass.locals.length < current.length;
      current = pass.locals;
      if (pass.exhausted) return { locals: current, minimal: false };
    }
  }
  return { locals: current, minimal: true };
}

/** The earliest return of a definite operation that is not in `prefix`. */
function firstUnplacedReturn(problem: KeyProblem, prefix: readonly number[]): number {
  const placed = new Set(prefix);
  let earliest = Infinity;
  for (let local = 0; local < problem.size; local++) {
    if (placed.has(local) || !isDefinite(problem.kind[local] ?? 0)) continue;
    earliest = Math.min(earliest, problem.ret[local] ?? Infinity);
  }
  return earliest;
}

/** One delta-debugging pass over the removable operations of `start`. */
function dropChunks(
  start: number[],
  removable: (local: number) => boolean,
  allowed: (candidate: number[]) => boolean,
  tryCandidate: (candidate: number[]) => Trial,
): { locals: number[]; exhausted: boolean } {
  let current = start;
  let targets = current.filter(removable);
  for (
    let chunk = Math.ceil(targets.length / 2);
    chunk >= 1;
    chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2)
  ) {
    for (let at = 0; at < targets.length;) {
      const dropped = new Set(targets.slice(at, at + chunk));
      const candidate = current.filter((local) => !dropped.has(local));
      const result = allowed(candidate) ? tryCandidate(candidate) : 'linearizable';
      if (result === 'exhausted') return { locals: current, exhausted: true };
      if (result === 'violation') {
        current = candidate;
        targets = targets.filter((local) => !dropped.has(local));
      } else {
        at += chunk;
      }
    }
  }
  return { locals: current, exhausted: false };
}

/**
 * True if every operation in `candidate` that depends on a value (a read's result, a
 * swapped cas's `from`) can still get it: it is the initial value, or another operation
 * in `candidate`, called no later than the dependant returned, may write it and is
 * itself grounded (a write, or a cas whose own `from` can be got). Computed as a
 * fixpoint over the earliest call of a grounded writer of each value.
 */
function observationsKeepWriters(problem: KeyProblem, candidate: readonly number[]): boolean {
  const { kind, argA, argB, call, ret } = problem;
  const earliest = new Map<number, number>(); // value → earliest call of a grounded writer
  const offer = (value: number, at: number) => {
    const known = earliest.get(value);
    if (known === undefined || at < known) earliest.set(value, at);
    return known === undefined || at < known;
  };
  const available = (value: number, by: number) => {
    const at = earliest.get(value);
    return value === problem.initState || (at !== undefined && at <= by);
  };
  for (const local of candidate) {
    const k = kind[local];
    if (k === OpKind.write || k === OpKind.writeInfo) offer(argA[local] ?? -1, call[local] ?? 0);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const local of candidate) {
      const k = kind[local];
      if (k !== OpKind.casSwapped && k !== OpKind.casInfo) continue;
      if (!available(argA[local] ?? -1, ret[local] ?? 0)) continue;
      changed = offer(argB[local] ?? -1, call[local] ?? 0) || changed;
    }
  }
  return candidate.every((local) => {
    const k = kind[local];
    if (k !== OpKind.read && k !== OpKind.casSwapped) return true;
    return available(argA[local] ?? -1, ret[local] ?? 0);
  });
}
