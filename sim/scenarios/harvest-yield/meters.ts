/**
 * The meters, read from the trace: every query the front end settles, in the order it
 * settles, with when, how long it took and what share of the data its answer held.
 * From those come yield (answered ÷ offered), harvest (the mean share of partitions in
 * the answered queries) and DQ (data per query × queries per second, Brewer's 2001
 * invariant, here in full-data queries a second), over a sliding window or a whole run.
 *
 * A query counts as offered once it has settled (answered or failed); queries still
 * within their deadline when a reading is taken are left out, so the meters never count
 * a query as lost that might yet be answered.
 */
import type { ParamValues } from '@/sim/core/params';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';
import { typeAt, type TraceEntry, type TraceReader } from '@/sim/core/trace';
import { FRONT_END } from './params';

export interface Reading {
  readonly offered: number;
  readonly answered: number;
  /** answered ÷ offered, 0 to 1 (1 when nothing was offered). */
  readonly yield: number;
  /** Mean share of partitions in answered queries, 0 to 1 (0 when none was answered). */
  readonly harvest: number;
  /** Σ harvest over answered queries ÷ seconds: full-data queries a second. */
  readonly dq: number;
  /** Latency of answered queries, in milliseconds. */
  readonly latency: { readonly p50: number; readonly p99: number };
}

/** Settled queries, appended as the trace is read. Read-only to everyone but `read`. */
export class QueryLog {
  /** When each query settled, ascending. */
  readonly doneAt: Micros[] = [];
  /** Its latency (settled − invoked). */
  readonly latency: Micros[] = [];
  /** Its harvest when answered, or -1 when it failed. */
  readonly harvest: number[] = [];
  /** Entries read so far. */
  cursor = 0;
  private readonly invoked = new Map<number, Micros>();

  /** Reads trace entries [cursor, end). */
  read(trace: TraceReader, end: number): void {
    for (let i = this.cursor; i < end; i++) {
      const type = typeAt(trace, i);
      if (type === 'invoke' || type === 'complete') this.take(trace.at(i)!);
    }
    this.cursor = Math.max(this.cursor, end);
  }

  /** Takes one trace entry into account (anything but invokes and completions is ignored). */
  take(entry: TraceEntry): void {
    if (entry.type === 'invoke') {
      if (entry.node === FRONT_END) this.invoked.set(entry.request, entry.at);
    } else if (entry.type === 'complete') {
      const at = this.invoked.get(entry.request);
      if (at === undefined) return;
      this.invoked.delete(entry.request);
      this.doneAt.push(entry.at);
      this.latency.push(entry.at - at);
      this.harvest.push(entry.status === 'ok' ? harvestOf(entry.value) : -1);
    }
  }

  /** The first index settled after `t`. Pure. */
  indexAfter(t: Micros): number {
    let lo = 0;
    let hi = this.doneAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doneAt[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The reading for queries settled in (from, to], over `seconds` for DQ. Pure. */
  reading(from: Micros, to: Micros, seconds: number): Reading {
    return summarize(this, this.indexAfter(from), this.indexAfter(to), seconds);
  }
}

export function harvestOf(value: unknown): number {
  const v = value as { partitions?: number; of?: number } | undefined;
  return v && typeof v.partitions === 'number' && v.of ? v.partitions / v.of : 0;
}

/** The value at quantile `q` of sorted numbers (nearest rank). Pure. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The reading of settled queries [start, end) of a log. Pure. */
export function summarize(log: QueryLog, start: number, end: number, seconds: number): Reading {
  let answered = 0;
  let harvestSum = 0;
  const latencies: number[] = [];
  for (let i = start; i < end; i++) {
    const harvest = log.harvest[i]!;
    if (harvest < 0) continue;
    answered++;
    harvestSum += harvest;
    latencies.push(log.latency[i]!);
  }
  latencies.sort((a, b) => a - b);
  const offered = end - start;
  return {
    offered,
    answered,
    yield: offered === 0 ? 1 : answered / offered,
    harvest: answered === 0 ? 0 : harvestSum / answered,
    dq: seconds > 0 ? harvestSum / seconds : 0,
    latency: {
      p50: quantile(latencies, 0.5) / US_PER_MS,
      p99: quantile(latencies, 0.99) / US_PER_MS,
    },
  };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The whole run's reading, rounded for the CLI's JSON. Pure. */
export function runMetrics(
  trace: TraceReader,
  _params: ParamValues,
  end: Micros,
): Readonly<Record<string, unknown>> {
  const log = new QueryLog();
  log.read(trace, trace.length);
  const r = log.reading(-1, end, end / US_PER_S);
  return {
    offered: r.offered,
    answered: r.answered,
    yield: round(r.yield, 4),
    harvest: round(r.harvest, 4),
    dq: round(r.dq, 2),
    latency: { p50: round(r.latency.p50, 3), p99: round(r.latency.p99, 3) },
  };
}
