/**
 * The meters over time, for charts: every `step` of virtual time, a sample of the
 * sliding-window reading (yield, harvest, DQ, latency over the last `window`) and of
 * each machine's queue and utilisation (its busy share of the last step). Everything is
 * read from the trace, in order, so the same run always gives the same samples, and a
 * reader can start over from any trace (after a seek back or a fork).
 *
 * A machine's queue is counted from the messages: a sub-query delivered to it adds
 * one, an answer or a refusal it sends takes one off, a crash empties it.
 */
import { nodeIndex } from '@/sim/core/ids';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';
import { typeAt, type TraceEntry, type TraceReader } from '@/sim/core/trace';
import { QueryLog, type Reading } from './meters';
import { FRONT_END } from './params';

export interface Sample {
  readonly t: Micros;
  readonly reading: Reading;
  readonly queues: readonly number[];
  readonly utilisation: readonly number[];
}

export const SAMPLE_STEP: Micros = 250 * US_PER_MS;
export const METER_WINDOW: Micros = 2 * US_PER_S;

export class MeterSeries {
  readonly log = new QueryLog();
  readonly samples: Sample[] = [];
  /** Entries read so far. */
  cursor = 0;
  private readonly held: number[];
  private readonly busySince: number[];
  private readonly busyInStep: number[];
  private nextSample: Micros;

  constructor(
    readonly machines: number,
    readonly step: Micros = SAMPLE_STEP,
    readonly window: Micros = METER_WINDOW,
  ) {
    this.held = new Array<number>(machines).fill(0);
    this.busySince = new Array<number>(machines).fill(-1);
    this.busyInStep = new Array<number>(machines).fill(0);
    this.nextSample = step;
  }

  /** Reads entries [cursor, end), then samples every step up to `now`. */
  read(trace: TraceReader, end: number, now: Micros): void {
    for (let i = this.cursor; i < end; i++) {
      const type = typeAt(trace, i);
      if (type === 'timer' || type === 'drop' || type === 'note') continue;
      const entry = trace.at(i)!;
      while (entry.at > this.nextSample) this.sample();
      this.take(entry);
    }
    this.cursor = Math.max(this.cursor, end);
    // Only once time has passed a sample's instant: more entries may yet come at it.
    while (now > this.nextSample) this.sample();
  }

  /** The reading over the window that ends at `t` (settled queries read so far). Pure. */
  windowAt(t: Micros): Reading {
    return this.log.reading(t - this.window, t, Math.min(t, this.window) / US_PER_S);
  }

  /** The whole run's reading up to `t`. Pure. */
  wholeRun(t: Micros): Reading {
    return this.log.reading(-1, t, t / US_PER_S);
  }

  /** Each machine's queue now (as of the entries read). */
  queues(): readonly number[] {
    return this.held.slice();
  }

  private take(entry: TraceEntry): void {
    switch (entry.type) {
      case 'invoke':
      case 'complete':
        this.log.take(entry);
        return;
      case 'deliver':
        if (entry.from === FRONT_END) this.change(entry.to, 1);
        return;
      case 'send':
        if (entry.to === FRONT_END && entry.body.type !== 'heartbeat') this.change(entry.from, -1);
        return;
      case 'state': {
        const m = nodeIndex(entry.node);
        if (m < 0 || m >= this.machines) return;
        if (entry.to === 'busy') this.busySince[m] = entry.at;
        else if (entry.from === 'busy') this.endBusy(m, entry.at);
        return;
      }
      case 'crash': {
        const m = nodeIndex(entry.node);
        if (m < 0 || m >= this.machines) return;
        this.held[m] = 0;
        this.endBusy(m, entry.at);
        return;
      }
      default:
        return;
    }
  }

  private change(node: string, by: number): void {
    const m = nodeIndex(node);
    if (m >= 0 && m < this.machines) this.held[m] = Math.max(0, this.held[m]! + by);
  }

  private endBusy(m: number, at: Micros): void {
    const since = this.busySince[m]!;
    if (since < 0) return;
    this.busyInStep[m]! += at - Math.max(since, this.nextSample - this.step);
    this.busySince[m] = -1;
  }

  private sample(): void {
    const t = this.nextSample;
    const start = t - this.step;
    const utilisation = this.busyInStep.map((busy, m) => {
      const since = this.busySince[m]!;
      return (busy + (since >= 0 ? t - Math.max(since, start) : 0)) / this.step;
    });
    this.samples.push({ t, reading: this.windowAt(t), queues: this.held.slice(), utilisation });
    this.busyInStep.fill(0);
    this.nextSample = t + this.step;
  }
}
