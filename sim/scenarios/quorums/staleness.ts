/**
 * Measured staleness. The simulation sees every request, so for each read it knows the
 * latest write committed before the read began (committed: the coordinator had W
 * acknowledgements and told its client). The read is consistent if it returned that
 * write or a newer one; otherwise it missed `versionsBehind` committed writes, and it
 * began `sinceCommit` after the latest of them committed. These are the two measures of
 * Probabilistically Bounded Staleness (Bailis et al., PVLDB 2012, §3): k-staleness and
 * t-visibility, here counted on a live run rather than predicted.
 *
 * A read's returned value names the write it came from: the latest write of that value
 * to that key (values are the millisecond a write was issued, so two writes share a value
 * only when issued in the same millisecond, and then the read is counted fresh). Writes
 * are ordered by when they were issued. Reads that failed, and reads of a key with no
 * committed write yet, are not samples: there was nothing to miss.
 */
import type { Micros } from '@/sim/core/time';
import { US_PER_MS } from '@/sim/core/time';
import { typeAt, type TraceEntry, type TraceReader } from '@/sim/core/trace';

export interface ReadSample {
  readonly at: Micros;
  readonly key: string;
  readonly node: string;
  readonly consistent: boolean;
  /** Committed writes newer than what the read returned; 0 when consistent. */
  readonly versionsBehind: number;
  /** From the latest commit before the read to the read's start. */
  readonly sinceCommit: Micros;
}

interface WriteRecord {
  readonly value: number;
  readonly invokedAt: Micros;
  committedAt: Micros | null;
}

interface Invoked {
  readonly at: Micros;
  readonly node: string;
  readonly f: string;
  readonly key: string;
  readonly write?: WriteRecord;
}

/** Values a read returned: none, one, or the siblings'. Pure. */
function returnedValues(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

/**
 * Reads the trace incrementally: `update` takes the entries added since the last call,
 * so a view can keep one meter for a whole run. A trace that was cut (a fork, a seek
 * back) is read again from the start.
 */
export class StalenessMeter {
  readonly samples: ReadSample[] = [];
  /** Requests a coordinator refused for want of a quorum. */
  refused = 0;
  private index = 0;
  private epoch = -1;
  private invoked = new Map<number, Invoked>();
  /** Per key, every write in the order issued. */
  private writes = new Map<string, WriteRecord[]>();

  update(trace: TraceReader & { readonly epoch?: number }, end = trace.length): void {
    if ((trace.epoch ?? 0) !== this.epoch || end < this.index) this.reset(trace.epoch ?? 0);
    for (; this.index < end; this.index++) {
      const type = typeAt(trace, this.index);
      if (type === 'invoke' || type === 'complete') this.take(trace.at(this.index)!);
    }
  }

  private reset(epoch: number): void {
    this.samples.length = 0;
    this.refused = 0;
    this.index = 0;
    this.epoch = epoch;
    this.invoked = new Map();
    this.writes = new Map();
  }

  private take(entry: TraceEntry): void {
    if (entry.type === 'invoke') {
      const { f, key, value } = entry.op;
      if (typeof key !== 'string') return;
      let write: WriteRecord | undefined;
      if (f === 'write' && typeof value === 'number') {
        write = { value, invokedAt: entry.at, committedAt: null };
        const list = this.writes.get(key) ?? [];
        list.push(write);
        this.writes.set(key, list);
      }
      this.invoked.set(entry.request, {
        at: entry.at,
        node: entry.node,
        f,
        key,
        ...(write ? { write } : {}),
      });
      return;
    }
    if (entry.type !== 'complete') return;
    const request = this.invoked.get(entry.request);
    this.invoked.delete(entry.request);
    if (entry.status === 'fail' && entry.reason?.startsWith('no quorum')) this.refused++;
    if (!request || entry.status !== 'ok') return;
    if (request.write) request.write.committedAt = entry.at;
    else if (request.f === 'read') this.measure(request, entry.value, entry.at);
  }

  /**
   * Scans a key's writes from the newest back, so a read costs about the writes issued
   * since what it returned, however long the run.
   */
  private measure(read: Invoked, value: unknown, completedAt: Micros): void {
    const writes = this.writes.get(read.key) ?? [];
    const isCommitted = (w: WriteRecord) => w.committedAt !== null && w.committedAt <= read.at;
    let latest: WriteRecord | undefined;
    for (let i = writes.length - 1; i >= 0 && !latest; i--)
      if (isCommitted(writes[i]!)) latest = writes[i];
    if (!latest) return;
    let best = -Infinity;
    for (const v of returnedValues(value)) {
      for (let i = writes.length - 1; i >= 0; i--) {
        const w = writes[i]!;
        if (w.value === v && w.invokedAt <= completedAt) {
          best = Math.max(best, w.invokedAt);
          break;
        }
      }
    }
    let versionsBehind = 0;
    for (let i = writes.length - 1; i >= 0 && writes[i]!.invokedAt > best; i--)
      if (isCommitted(writes[i]!)) versionsBehind++;
    this.samples.push({
      at: read.at,
      key: read.key,
      node: read.node,
      consistent: versionsBehind === 0,
      versionsBehind,
      sinceCommit: read.at - latest.committedAt!,
    });
  }
}

/** Every read sample of a trace. Pure. */
export function measureStaleness(trace: TraceReader): ReadSample[] {
  const meter = new StalenessMeter();
  meter.update(trace);
  return meter.samples;
}

export interface StalenessBin {
  /** The bin's start and end, in ms since commit; the last bin has no end. */
  readonly fromMs: number;
  readonly toMs: number | null;
  readonly reads: number;
  readonly consistent: number;
  /** The mean time since commit of the bin's reads, in ms; null when it has none. */
  readonly meanMs: number | null;
}

/** Reads binned by time since commit: bin j holds reads from edge j to edge j+1. Pure. */
export function binByTime(
  samples: readonly ReadSample[],
  edgesMs: readonly number[],
): StalenessBin[] {
  const edges = [...edgesMs].sort((a, b) => a - b);
  const counts = edges.map(() => ({ reads: 0, consistent: 0, sumMs: 0 }));
  for (const sample of samples) {
    const ms = sample.sinceCommit / US_PER_MS;
    let j = -1;
    while (j + 1 < edges.length && edges[j + 1]! <= ms) j++;
    if (j < 0) continue;
    const bin = counts[j]!;
    bin.reads++;
    bin.sumMs += ms;
    if (sample.consistent) bin.consistent++;
  }
  return edges.map((fromMs, j) => {
    const { reads, consistent, sumMs } = counts[j]!;
    return {
      fromMs,
      toMs: edges[j + 1] ?? null,
      reads,
      consistent,
      meanMs: reads === 0 ? null : sumMs / reads,
    };
  });
}

/** The times since commit, in ms, that `metrics` bins at when none are asked for. */
export const DEFAULT_T_MS: readonly number[] = [0, 1, 10, 100];

/**
 * What `run quorums --json` reports as `metrics`: reads measured, stale reads, and per
 * t (ms, as given by --t) the fraction of consistent reads among those that began between
 * t and the next t given (the last: t or later), with the count behind each. Pure.
 */
export function stalenessMetrics(
  trace: TraceReader,
  tMs: readonly number[],
): Record<string, unknown> {
  const samples = measureStaleness(trace);
  const bins = binByTime(samples, tMs);
  const consistentAt: Record<string, number | null> = {};
  const readsAt: Record<string, number> = {};
  for (const bin of bins) {
    consistentAt[String(bin.fromMs)] = bin.reads === 0 ? null : bin.consistent / bin.reads;
    readsAt[String(bin.fromMs)] = bin.reads;
  }
  const stale = samples.filter((sample) => !sample.consistent);
  const kStale: Record<string, number> = {};
  for (const sample of stale)
    kStale[String(sample.versionsBehind)] = (kStale[String(sample.versionsBehind)] ?? 0) + 1;
  return {
    reads: samples.length,
    staleReads: stale.length,
    consistentAt,
    readsAt,
    versionsBehind: kStale,
  };
}
