/**
 * The event log's index: the positions of every narrated entry in a run's trace, in trace
 * order, kept in a typed array (4 bytes a line) so the log can scroll back to the start of
 * a long run without holding its sentences. Lines are built only when shown. Pure apart
 * from its own memory.
 */
import type { Micros, TraceReader } from '@/sim/core';
import { typeAt } from '@/sim/core';
import { narrate, UNSPOKEN } from '@/components/player/narration';

/** A trace that may say when entries were cut off (the engine's `Trace.epoch`). */
export type EpochTrace = TraceReader & { readonly epoch?: number };

export interface LogLine {
  /** The entry's position in the trace: a stable key, and its order. */
  readonly index: number;
  readonly at: Micros;
  readonly text: string;
}

export class EventIndex {
  private positions = new Int32Array(256);
  private size = 0;
  /** Trace entries read so far. */
  private read = 0;
  private trace: EpochTrace | null = null;
  private epoch = 0;

  /**
   * Reads what the trace gained since the last call, the known future included. A new
   * trace, or a moved epoch (a fork cut entries, which may have been written again),
   * starts over. O(new entries).
   */
  sync(trace: EpochTrace): void {
    const epoch = trace.epoch ?? 0;
    if (trace !== this.trace || epoch !== this.epoch || trace.length < this.read) {
      this.trace = trace;
      this.epoch = epoch;
      this.size = 0;
      this.read = 0;
    }
    for (let i = this.read; i < trace.length; i++) {
      if (UNSPOKEN.has(typeAt(trace, i))) continue;
      if (narrate(trace.at(i)!) !== null) this.push(i);
    }
    this.read = trace.length;
  }

  /** How many lines come before trace position `end`: the lines shown at that instant. */
  countBefore(end: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.positions[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Lines `from` to `to` (exclusive), built from the trace. */
  lines(from: number, to: number): LogLine[] {
    const trace = this.trace;
    if (!trace) return [];
    const out: LogLine[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, this.size); k++) {
      const index = this.positions[k]!;
      const entry = trace.at(index)!;
      out.push({ index, at: entry.at, text: narrate(entry) ?? entry.type });
    }
    return out;
  }

  /** Bytes held for positions: bounded by the trace, 4 per narrated entry. */
  get bytes(): number {
    return this.positions.byteLength;
  }

  private push(position: number): void {
    if (this.size === this.positions.length) {
      const grown = new Int32Array(this.positions.length * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    this.positions[this.size++] = position;
  }
}

/** "3.050 s": every line's time, in seconds to the millisecond. Pure. */
export function logTime(at: Micros): string {
  return `${(at / 1_000_000).toFixed(3)} s`;
}

/** Lines built and shown at once, at most; the buttons move by half of it. */
export const WINDOW = 200;

/**
 * Which lines to show, `[from, to)`, out of `count`: from line `start` on, or, when
 * `start` is null (following the run as it plays), the last WINDOW. Pure.
 */
export function logWindow(count: number, start: number | null): { from: number; to: number } {
  if (start === null || start + WINDOW >= count)
    return { from: Math.max(0, count - WINDOW), to: count };
  const from = Math.max(0, start);
  return { from, to: from + WINDOW };
}
