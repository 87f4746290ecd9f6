/**
 * The core search: is there an order of one key's operations that respects real time
 * and is a legal run of the register?
 *
 * Wing & Gong 1993 ("Testing and verifying concurrent objects"): walk the time-ordered
 * entry list; at a call entry, try to linearize that operation now (apply it to the
 * model; if legal, lift its entries and restart from the head); at a return entry, the
 * operation it closes was not linearized before its response, so backtrack. Lowe 2017
 * ("Testing for linearizability") adds the cache: a (linearized set, state)
 * configuration seen before cannot lead anywhere new, so it is skipped. That turns the
 * exponential search into one that is fast on real histories.
 */
import { EntryList, END } from './entryList';
import type { KeyProblem } from './keyProblem';
import { OpKind } from './keyProblem';
import { ConfigurationCache, LinearizedSet } from './linearizedSet';
import { ILLEGAL, stepRegister } from './registerModel';

export type SearchOutcome =
  | {
      readonly status: 'linearizable';
      /** Operations (local indices) in a valid linearization order. */
      readonly order: readonly number[];
      readonly steps: number;
    }
  | {
      readonly status: 'violation';
      /** The longest legal linearization of a prefix that the search found. */
      readonly longestPrefix: readonly number[];
      readonly steps: number;
    }
  | {
      readonly status: 'exhausted';
      /** The longest legal linearization of a prefix found before giving up. */
      readonly longestPrefix: readonly number[];
      readonly steps: number;
      /** Which bound ended the search. */
      readonly limit: SearchLimit;
    };

/** Steps ran out, the cache reached its memory bound, or `onProgress` asked to stop. */
export type SearchLimit = 'steps' | 'memory' | 'stopped';

export interface SearchBounds {
  /** The most memory the configuration cache may take, in bytes. Default: no bound. */
  readonly cacheBytesMax?: number;
  /**
   * Called every `PROGRESS_STEPS` steps with the longest prefix placed so far and the
   * steps taken; returning true stops the search (a time limit, a cancel button). The
   * search is as deterministic as this function.
   */
  readonly onProgress?: (placed: number, steps: number) => boolean | void;
}

/** How often (in steps) `onProgress` is called. */
export const PROGRESS_STEPS = 1 << 16;

/** True for an operation that must appear in every linearization (its outcome is known). */
export function isDefinite(kind: number): boolean {
  return kind !== OpKind.writeInfo && kind !== OpKind.casInfo;
}

/**
 * Searches for a linearization of `problem`, giving up after `stepsMax` steps (one step
 * is one visit to a list entry). Pure.
 *
 * Unknown-outcome operations may take effect at any time after their call, or never, so
 * any of them can be moved to the end of a linearization, where it changes nothing
 * anyone observed. Hence (1) the search stops once every definite operation is placed;
 * (2) it never places an unknown-outcome operation where it would not change the state
 * (that order is equivalent to one with it at the end); and (3) of identical
 * unknown-outcome operations it places them in call order (swapping two identical
 * operations keeps every state the same). (2) and (3) are our additions; they cut the
 * search on Jepsen histories, which are full of timed-out writes and cas, by orders of
 * magnitude (etcd_002: 1.36 M steps without them, 0.26 M with them).
 */
export function searchLinearization(
  problem: KeyProblem,
  stepsMax = Infinity,
  bounds: SearchBounds = {},
): SearchOutcome {
  const { size, kind, argA, argB } = problem;
  const list = new EntryList(problem);
  const linearized = new LinearizedSet(size, callRanks(problem));
  const cache = new ConfigurationCache((bounds.cacheBytesMax ?? Infinity) / 4);
  const stackOps = new Int32Array(size);
  const stackStates = new Int32Array(size);
  let depth = 0;
  let state = problem.initState;
  const previousTwin = findPreviousTwins(problem);
  let definiteLeft = 0;
  for (let op = 0; op < size; op++) if (isDefinite(kind[op] ?? 0)) definiteLeft++;
  let longestPrefix: number[] = [];
  let steps = 0;
  let entry = list.first();

  const giveUp = (limit: SearchLimit): SearchOutcome => {
    if (depth > longestPrefix.length) longestPrefix = Array.from(stackOps.subarray(0, depth));
    return { status: 'exhausted', longestPrefix, steps, limit };
  };

  while (definiteLeft > 0) {
    if (steps >= stepsMax) return giveUp('steps');
    steps++;
    if (
      (steps & (PROGRESS_STEPS - 1)) === 0 &&
      bounds.onProgress?.(Math.max(depth, longestPrefix.length), steps) === true
    )
      return giveUp('stopped');
    if (entry !== END && list.isCall(entry)) {
      const op = entry;
      const nextState = stepRegister(kind[op] ?? 0, argA[op] ?? 0, argB[op] ?? 0, state);
      const twin = previousTwin[op] ?? NO_TWIN;
      const pointless =
        twin !== DEFINITE && (nextState === state || (twin !== NO_TWIN && !linearized.has(twin)));
      if (nextState !== ILLEGAL && !pointless) {
        linearized.add(op);
        if (cache.add(linearized, nextState)) {
          stackOps[depth] = op;
          stackStates[depth] = state;
          depth++;
          state = nextState;
          list.lift(op);
          if (isDefinite(kind[op] ?? 0)) definiteLeft--;
          entry = list.first();
          continue;
        }
        linearized.delete(op);
        if (cache.full) return giveUp('memory');
      }
      entry = list.next[entry] ?? END;
    } else {
      // A return entry: its operation was not linearized in time, so backtrack. (The end
      // of the list is never reached while a definite operation, and so its return
      // entry, is left; treating it as a return keeps the search sound regardless.)
      if (depth > longestPrefix.length) longestPrefix = Array.from(stackOps.subarray(0, depth));
      if (depth === 0) return { status: 'violation', longestPrefix, steps };
      depth--;
      const op = stackOps[depth] ?? 0;
      state = stackStates[depth] ?? 0;
      linearized.delete(op);
      list.unlift(op);
      if (isDefinite(kind[op] ?? 0)) definiteLeft++;
      entry = list.next[op] ?? END;
    }
  }
  return { status: 'linearizable', order: Array.from(stackOps.subarray(0, depth)), steps };
}

/** Each operation's place in call order (ties by index), for `LinearizedSet`. Pure. */
function callRanks(problem: KeyProblem): Int32Array {
  const byCall = Array.from({ length: problem.size }, (_, op) => op);
  byCall.sort((a, b) => (problem.call[a] ?? 0) - (problem.call[b] ?? 0) || a - b);
  const ranks = new Int32Array(problem.size);
  byCall.forEach((op, rank) => (ranks[op] = rank));
  return ranks;
}

/** `findPreviousTwins` marks definite operations with this. */
const DEFINITE = -2;
/** An unknown-outcome operation with no identical one called before it. */
const NO_TWIN = -1;

/**
 * For each unknown-outcome operation, the previous identical one (same kind and
 * arguments) in call order, or NO_TWIN; DEFINITE for the other operations. Pure.
 */
export function findPreviousTwins(problem: KeyProblem): Int32Array {
  const { size, kind, argA, argB, call } = problem;
  const twins = new Int32Array(size).fill(DEFINITE);
  const byCall = Array.from({ length: size }, (_, op) => op);
  byCall.sort((a, b) => (call[a] ?? 0) - (call[b] ?? 0) || a - b);
  const lastBySignature = new Map<string, number>();
  for (const op of byCall) {
    if (isDefinite(kind[op] ?? 0)) continue;
    const signature = `${kind[op]}:${argA[op]}:${argB[op]}`;
    twins[op] = lastBySignature.get(signature) ?? NO_TWIN;
    lastBySignature.set(signature, op);
  }
  return twins;
}
