/**
 * What CAP costs in a run, counted from its trace (Gilbert & Lynch 2002: during a
 * partition a register gives up either availability or consistency; these counters show
 * which, and how much). Per key, over the client operations of `trace[0, end)`:
 *
 * - refused: requests completed `fail` (including "connection refused" by a down node,
 *   also counted alone as `connectionRefused`).
 * - timedOut: requests completed `info`: the client gave up, or was told the outcome is
 *   unknown. Requests still open at `end` are `pending`, not counted here.
 * - stale read: an `ok` read r such that some `ok` write w of the same key completed
 *   before r was invoked, yet every value r returned had been written, by writes that
 *   had all completed, before w was even invoked. So w was acknowledged before r began
 *   and overwrote what r returned: r missed it. This is the "latest acknowledged write"
 *   rule made exact for concurrent writes: a write overlapping another is never the
 *   older one. A linearizable history has no stale reads (with distinct written values).
 * - sibling read: an `ok` read that returned several values.
 * - lost write: an `ok` write w whose value a replica was seen to hold (the replica
 *   acknowledged w, or answered a read with its value) and which that replica later
 *   replaced by values all older than w, as above: a read there, invoked after, returned
 *   only such values. Under last-write-wins a replica never goes back to a version it
 *   has replaced, so this is the silent loss Riak's LWW risks with skewed clocks: w was
 *   discarded in favour of a write that finished before w began, not one that followed
 *   it. Counted once the loss is observed by a read at such a replica.
 *
 * Pure and deterministic; O(n log n) in the number of operations.
 */
import type { TraceReader } from '@/sim/core/trace';
import { traceOperations, type TracedOperation } from './traceOperations';
import { readSettledAt, settledTimes, valuesRead, type SettledTimes } from './writeTimes';

export interface CapMetrics {
  readonly requests: number;
  readonly ok: number;
  readonly refused: number;
  readonly connectionRefused: number;
  readonly timedOut: number;
  readonly pending: number;
  readonly staleReads: number;
  readonly siblingReads: number;
  readonly lostWrites: number;
  /** Request ids, for highlighting. */
  readonly staleReadRequests: readonly number[];
  readonly siblingReadRequests: readonly number[];
  readonly lostWriteRequests: readonly number[];
}

const isOkRead = (op: TracedOperation) => op.f === 'read' && op.status === 'ok';
const isOkWrite = (op: TracedOperation) =>
  op.f === 'write' && op.status === 'ok' && op.return !== null;

/** The first index in ascending `sorted` whose item's `of` exceeds `t`. */
function firstAfter<T>(sorted: readonly T[], t: number, of: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (of(sorted[mid]!) > t) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Stale reads of one key: see the header. */
function staleReadsOf(ops: readonly TracedOperation[], settled: SettledTimes): number[] {
  const acked = ops.filter(isOkWrite).sort((a, b) => a.return! - b.return!);
  // latestCall[i]: the latest invocation among the first i acknowledged writes.
  const latestCall = [-Infinity];
  for (const write of acked) latestCall.push(Math.max(latestCall.at(-1)!, write.call));
  return ops
    .filter(isOkRead)
    .filter((read) => {
      const before = firstAfter(acked, read.call - 1, (write) => write.return!);
      return latestCall[before]! > readSettledAt(read, settled);
    })
    .map((read) => read.request);
}

/** Lost writes of one key: see the header. */
function lostWritesOf(ops: readonly TracedOperation[], settled: SettledTimes): number[] {
  const reads = ops.filter(isOkRead);
  const byNode = new Map<string, { call: number; settledAt: number }[]>();
  for (const read of reads) {
    const list = byNode.get(read.node) ?? [];
    list.push({ call: read.call, settledAt: readSettledAt(read, settled) });
    byNode.set(read.node, list);
  }
  // earliestAfter[node][i]: the oldest answer among that node's reads from i on.
  const earliestAfter = new Map<string, number[]>();
  for (const [node, list] of byNode) {
    list.sort((a, b) => a.call - b.call);
    const suffix = new Array<number>(list.length + 1).fill(Infinity);
    for (let i = list.length - 1; i >= 0; i--)
      suffix[i] = Math.min(suffix[i + 1]!, list[i]!.settledAt);
    earliestAfter.set(node, suffix);
  }
  const laterOlderRead = (node: string, since: number, writeCall: number) => {
    const list = byNode.get(node);
    if (!list) return false;
    const from = firstAfter(list, since, (read) => read.call);
    return earliestAfter.get(node)![from]! < writeCall;
  };
  // Reads by each value they returned: where a replica was seen holding a write.
  const readsOf = new Map<string, TracedOperation[]>();
  for (const read of reads)
    for (const value of valuesRead(read)) {
      const seen = JSON.stringify(value);
      const list = readsOf.get(seen) ?? [];
      list.push(read);
      readsOf.set(seen, list);
    }
  return ops
    .filter(isOkWrite)
    .filter((write) => {
      const holders = [
        { node: write.node, since: write.return! },
        ...(readsOf.get(JSON.stringify(write.argument ?? null)) ?? [])
          .filter((read) => read.call > write.call)
          .map((read) => ({ node: read.node, since: read.return! })),
      ];
      return holders.some((holder) => laterOlderRead(holder.node, holder.since, write.call));
    })
    .map((write) => write.request);
}

/** The CAP counters of `trace[0, end)`, as defined in the header. Pure. */
export function capMetrics(trace: TraceReader, end = trace.length): CapMetrics {
  const operations = traceOperations(trace, end);
  const keys = [...new Set(operations.map((op) => op.key))];
  const stale: number[] = [];
  const lost: number[] = [];
  for (const key of keys) {
    const ops = operations.filter((op) => op.key === key);
    const settled = settledTimes(ops, key);
    stale.push(...staleReadsOf(ops, settled));
    lost.push(...lostWritesOf(ops, settled));
  }
  const completed = operations.filter((op) => op.return !== null);
  const refusedOps = completed.filter((op) => op.status === 'fail');
  const siblings = operations.filter((op) => isOkRead(op) && Array.isArray(op.result));
  return {
    requests: operations.length,
    ok: completed.filter((op) => op.status === 'ok').length,
    refused: refusedOps.length,
    connectionRefused: refusedOps.filter((op) => op.reason?.startsWith('connection refused'))
      .length,
    timedOut: completed.filter((op) => op.status === 'info').length,
    pending: operations.length - completed.length,
    staleReads: stale.length,
    siblingReads: siblings.length,
    lostWrites: lost.length,
    staleReadRequests: stale.sort((a, b) => a - b),
    siblingReadRequests: siblings.map((op) => op.request),
    lostWriteRequests: lost.sort((a, b) => a - b),
  };
}
