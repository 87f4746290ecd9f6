/**
 * Recognises the common shapes of a register violation directly from the timing of a
 * key's operations. Each pattern is a sufficient condition for non-linearizability,
 * checked against the whole key history, so the sentence built from it is true of the
 * history and not just of a subset; and its operations, taken alone, are not
 * linearizable either. The search decides the verdict; this only finds a reason a person
 * can follow. When no pattern applies, `shrinkViolation` finds a small set instead.
 */
import type { History } from './history';
import type { KeyProblem } from './keyProblem';
import { OpKind } from './keyProblem';
import { writtenValue } from './describeOperation';

/** A recognised violation. Operations are indices into `history.ops`. */
export type Witness =
  /** `observer` saw a value that no operation that took effect could have written. */
  | { readonly type: 'never-written'; readonly observer: number; readonly failedWrites: number[] }
  /** Every write of the value `observer` saw was invoked after `observer` returned. */
  | { readonly type: 'read-from-future'; readonly observer: number; readonly firstWriter: number }
  /** `overwriter` replaced the value `observer` saw, and finished before it began. */
  | {
      readonly type: 'overwritten';
      readonly observer: number;
      /** The latest write `observer` could have seen; null for the initial value. */
      readonly lastWriter: number | null;
      readonly overwriter: number;
    }
  /** A cas found the value was not `from`, while nothing could have changed it from `from`. */
  | { readonly type: 'refused-but-held'; readonly refuser: number; readonly writer: number | null }
  /** `observer` saw an older value after `newerObserver` had seen one written later. */
  | {
      readonly type: 'newer-value-seen';
      readonly observer: number;
      readonly newerObserver: number;
      readonly lastWriter: number | null;
      readonly firstNewWriter: number;
    };

const NONE = -1;

/**
 * How many loop iterations the patterns may take on one key. They are quadratic at
 * worst (every observation against every write), which on a 100,000-operation history
 * would take minutes; past this bound they give up and `shrinkViolation` finds the
 * operations instead.
 */
export const PATTERN_WORK_MAX = 20_000_000;

/**
 * The first pattern found, trying the simplest kinds first, each over the observations
 * in call order; `undefined` if none applies or `workMax` iterations did not settle it.
 * Pure.
 */
export function findViolationPattern(
  problem: KeyProblem,
  history: History,
  workMax = PATTERN_WORK_MAX,
): Witness | undefined {
  const facts = new KeyFacts(problem, workMax);
  const global = (local: number) => problem.opIndex[local] ?? NONE;
  const { call, ret, argA } = problem;
  const init = problem.initState;
  const time = (array: Float64Array, local: number) => array[local] ?? 0;

  for (const r of facts.observers) {
    if (!facts.spend(1)) return undefined;
    const value = facts.observed(r);
    if (value === init || facts.writersOf(value).some((w) => w !== r)) continue;
    return { type: 'never-written', observer: global(r), failedWrites: failedWrites(r) };
  }
  for (const r of facts.observers) {
    if (!facts.spend(1)) return undefined;
    const first = facts.firstWriterOf(facts.observed(r), Infinity, r);
    if (facts.observed(r) === init || first === NONE || time(call, first) <= time(ret, r)) continue;
    return { type: 'read-from-future', observer: global(r), firstWriter: global(first) };
  }
  for (const r of facts.observers) {
    const last = facts.lastWriterOf(facts.observed(r), time(ret, r), r);
    const lastReturn = last === NONE ? -Infinity : time(ret, last);
    if ((last === NONE && facts.observed(r) !== init) || lastReturn === Infinity) continue;
    const overwriter = facts.latestOverwriter(facts.observed(r), lastReturn, time(call, r));
    if (facts.outOfWork()) return undefined;
    if (overwriter === NONE) continue;
    const lastWriter = last === NONE ? null : global(last);
    return { type: 'overwritten', observer: global(r), lastWriter, overwriter: global(overwriter) };
  }
  for (const c of facts.refusers) {
    const from = argA[c] ?? NONE;
    const writer = facts.latestDefiniteWriterBefore(from, time(call, c));
    if (writer === NONE && from !== init) continue;
    const anchor = writer === NONE ? -Infinity : time(call, writer);
    if (facts.anyChangeAwayFrom(from, anchor, time(ret, c))) continue;
    if (facts.outOfWork()) return undefined;
    return {
      type: 'refused-but-held',
      refuser: global(c),
      writer: writer === NONE ? null : global(writer),
    };
  }
  for (const r2 of facts.observers) {
    const last = facts.lastWriterOf(facts.observed(r2), time(ret, r2), r2);
    const lastReturn = last === NONE ? -Infinity : time(ret, last);
    if ((last === NONE && facts.observed(r2) !== init) || lastReturn === Infinity) continue;
    for (const r1 of facts.observers) {
      if (!facts.spend(1)) return undefined;
      // Observers are in call order, and r1 must return before r2 is called.
      if (time(call, r1) >= time(call, r2)) break;
      const newer = facts.observed(r1);
      if (time(ret, r1) >= time(call, r2) || newer === facts.observed(r2) || newer === init)
        continue;
      const first = facts.firstWriterOf(newer, time(ret, r1), r1);
      if (first === NONE || time(call, first) <= lastReturn) continue;
      if (facts.outOfWork()) return undefined;
      return {
        type: 'newer-value-seen',
        observer: global(r2),
        newerObserver: global(r1),
        lastWriter: last === NONE ? null : global(last),
        firstNewWriter: global(first),
      };
    }
  }
  return undefined;

  function failedWrites(observer: number): number[] {
    const seen = history.ops[global(observer)];
    if (seen === undefined) return [];
    const json = JSON.stringify(seen.f === 'cas' ? seen.value[0] : seen.value);
    const indices: number[] = [];
    history.ops.forEach((op, index) => {
      const writes = op.f === 'write' || op.f === 'cas';
      if (op.key !== problem.key || op.status !== 'fail' || !writes) return;
      if (JSON.stringify(writtenValue(op)) === json) indices.push(index);
    });
    return indices;
  }
}

/** Per-key lookups the patterns share: who observes, who writes which value. */
class KeyFacts {
  /** Operations that saw a value (ok reads, swapped cas), in call order. */
  readonly observers: number[] = [];
  /** Cas operations that found a value other than their `from`, in call order. */
  readonly refusers: number[] = [];
  private readonly writersByValue = new Map<number, number[]>();
  /** Writes and swapped cas (they surely took effect), in call order. */
  private readonly definiteWriters: number[] = [];
  private workLeft: number;

  constructor(
    private readonly problem: KeyProblem,
    workMax: number,
  ) {
    this.workLeft = workMax;
    const byCall = Array.from({ length: problem.size }, (_, local) => local);
    byCall.sort((a, b) => (problem.call[a] ?? 0) - (problem.call[b] ?? 0) || a - b);
    for (const local of byCall) {
      const kind = problem.kind[local];
      if (kind === OpKind.read || kind === OpKind.casSwapped) this.observers.push(local);
      if (kind === OpKind.casRefused) this.refusers.push(local);
      if (kind === OpKind.write || kind === OpKind.casSwapped) this.definiteWriters.push(local);
      const written = this.written(local);
      if (written === NONE) continue;
      const writers = this.writersByValue.get(written) ?? [];
      writers.push(local);
      this.writersByValue.set(written, writers);
    }
  }

  /** Takes `units` of work from the budget; false once it is spent. */
  spend(units: number): boolean {
    this.workLeft -= units;
    return this.workLeft >= 0;
  }

  /** True once the budget is spent: answers computed since may be incomplete. */
  outOfWork(): boolean {
    return this.workLeft < 0;
  }

  observed(local: number): number {
    return this.problem.argA[local] ?? NONE;
  }

  /** The value the operation writes if it takes effect, or NONE. */
  written(local: number): number {
    const kind = this.problem.kind[local];
    if (kind === OpKind.write || kind === OpKind.writeInfo) return this.problem.argA[local] ?? NONE;
    if (kind === OpKind.casSwapped || kind === OpKind.casInfo)
      return this.problem.argB[local] ?? NONE;
    return NONE;
  }

  /** Operations that may write `value`, in call order. */
  writersOf(value: number): readonly number[] {
    return this.writersByValue.get(value) ?? [];
  }

  /**
   * The earliest-called writer of `value` (other than `self`) called by `deadline`, or
   * NONE. A call at the deadline counts: calls sort before returns at equal times.
   */
  firstWriterOf(value: number, deadline: number, self: number): number {
    const first = this.writersOf(value).find((w) => w !== self);
    return first !== undefined && (this.problem.call[first] ?? 0) <= deadline ? first : NONE;
  }

  /** Of the writers of `value` (other than `self`) called by `deadline`, the last to return. */
  lastWriterOf(value: number, deadline: number, self: number): number {
    let best = NONE;
    for (const w of this.writersOf(value)) {
      if ((this.problem.call[w] ?? 0) > deadline || !this.spend(1)) break;
      if (w === self) continue;
      if (best === NONE || (this.problem.ret[w] ?? 0) > (this.problem.ret[best] ?? 0)) best = w;
    }
    return best;
  }

  /** The last-returning op that surely wrote a value other than `value` within (after, before). */
  latestOverwriter(value: number, after: number, before: number): number {
    const { call, ret } = this.problem;
    const writers = this.definiteWriters;
    // Only writes called in (after, before) can fit: find the first called after `after`.
    let lo = 0;
    let hi = writers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((call[writers[mid] ?? 0] ?? 0) <= after) lo = mid + 1;
      else hi = mid;
    }
    let best = NONE;
    for (let i = lo; i < writers.length && this.spend(1); i++) {
      const x = writers[i] ?? 0;
      const [callX, retX] = [call[x] ?? 0, ret[x] ?? 0];
      if (callX >= before) break;
      if (this.written(x) === value || retX >= before) continue;
      if (best === NONE || retX > (ret[best] ?? 0)) best = x;
    }
    return best;
  }

  /** Of the surely-effective writers of `value` that returned before `before`, the last called. */
  latestDefiniteWriterBefore(value: number, before: number): number {
    let best = NONE;
    for (const w of this.writersOf(value)) {
      if (!this.spend(1)) break;
      const kind = this.problem.kind[w];
      if (kind !== OpKind.write && kind !== OpKind.casSwapped) continue;
      if ((this.problem.ret[w] ?? 0) < before) best = w; // writers are in call order
    }
    return best;
  }

  /** True if some operation may change the value away from `value` between the times. */
  anyChangeAwayFrom(value: number, from: number, to: number): boolean {
    for (let x = 0; x < this.problem.size; x++) {
      if (!this.spend(1)) return true;
      const written = this.written(x);
      if (written === NONE || written === value) continue;
      if ((this.problem.ret[x] ?? 0) >= from && (this.problem.call[x] ?? 0) <= to) return true;
    }
    return false;
  }
}
