/**
 * When the writes that could have produced a value had all finished: the yardstick for
 * "older than" in the CAP metrics. For each key, a value's `settledAt` is the latest
 * completion among the writes of that value; a value some write of which has an unknown
 * outcome (`info`, or still open) could have been written at any time, so it is never
 * older than anything (+∞). The initial null is older than every write (−∞). A value no
 * write produced (or only failed ones) is of unknown origin, and also +∞, so the metrics
 * never call a read stale on evidence they cannot explain.
 */
import type { Micros } from '@/sim/core/time';
import type { TracedOperation } from './traceOperations';

/** value (as JSON) → when its last possible write had completed. */
export type SettledTimes = ReadonlyMap<string, Micros>;

/** The settled time of every value written to `key`. Pure. */
export function settledTimes(
  operations: readonly TracedOperation[],
  key: string | null,
): SettledTimes {
  const settled = new Map<string, Micros>();
  for (const op of operations) {
    if (op.f !== 'write' || op.key !== key || op.status === 'fail') continue;
    const done = op.status === 'ok' && op.return !== null ? op.return : Infinity;
    const value = JSON.stringify(op.argument ?? null);
    settled.set(value, Math.max(settled.get(value) ?? -Infinity, done));
  }
  return settled;
}

/** The values a read returned: one, or every sibling. Pure. */
export function valuesRead(op: TracedOperation): readonly unknown[] {
  return Array.isArray(op.result) ? op.result : [op.result ?? null];
}

/**
 * When every value a read returned had settled: a read saw nothing written later than
 * this by an acknowledged write. Pure.
 */
export function readSettledAt(op: TracedOperation, settled: SettledTimes): Micros {
  let latest = -Infinity;
  for (const value of valuesRead(op)) {
    if (value === null) continue;
    latest = Math.max(latest, settled.get(JSON.stringify(value)) ?? Infinity);
  }
  return latest;
}
