/**
 * A live run as space-time data, kept in step with the simulation's trace.
 *
 * The trace is append-only except when the run forks (the future is cut and regrows),
 * so `sync` reads only new entries, and starts over when entries were cut since it last
 * read (the trace's `epoch` moved), or when it is handed another run's trace. It covers
 * the whole trace, known future included; what is drawn is the prefix up to the
 * simulation's `traceEnd` (`visibleCount`), so scrubbing back and forth costs nothing.
 */
import type { NodeId } from '@/sim/core/ids';
import type { TraceReader } from '@/sim/core/trace';
import { TraceGraphBuilder } from '@/sim/checkers/causality/fromTrace';
import { EventLayout } from './eventLayout';
import type { SpaceTimeData } from './spaceTimeData';

export class LiveSpaceTimeData implements SpaceTimeData {
  readonly axis = 'time' as const;
  readonly order = null;
  readonly live = true;
  /** Goes up whenever the data changes, so React can key derived text on it. */
  version = 0;
  /** Goes up when the run forked and the data was rebuilt: old event ids mean nothing. */
  generation = 0;
  private builder: TraceGraphBuilder;
  private laidOut = 0;
  /** The trace's epoch when last read: it changes when entries were cut (a fork). */
  private epoch = 0;
  private trace: TraceReader | null = null;
  layout: EventLayout;

  constructor(private readonly nodes: readonly NodeId[]) {
    this.builder = new TraceGraphBuilder(nodes);
    this.layout = new EventLayout(nodes.length);
  }

  get hosts() {
    return this.builder.graph.hosts;
  }
  get events() {
    return this.builder.events;
  }
  get messages() {
    return this.builder.messages;
  }
  get longestFlight() {
    return this.builder.longestFlight;
  }
  get downtime() {
    return this.builder.downtime;
  }
  get sortedX() {
    return this.layout.x;
  }
  /** Event id → trace index (increasing). */
  get traceIndexOf(): readonly number[] {
    return this.builder.traceIndexOf;
  }
  /** Trace index → event id, for entries that are (or belong to) an event. */
  eventOfTrace(index: number): number | undefined {
    return this.builder.eventOfTrace.get(index);
  }

  /** Reads new trace entries. Returns whether anything changed. O(new entries). */
  sync(trace: TraceReader & { readonly epoch?: number }): boolean {
    const read = this.builder.read;
    const epoch = trace.epoch ?? 0;
    const forked = read > trace.length || epoch !== this.epoch;
    // A different trace array is a different run (a new store, a restart).
    if (forked || trace !== this.trace) {
      this.trace = trace;
      this.builder = new TraceGraphBuilder(this.nodes);
      this.layout = new EventLayout(this.nodes.length);
      this.laidOut = 0;
      this.generation++;
    } else if (read === trace.length) {
      return false;
    }
    this.builder.extend(trace, trace.length);
    this.epoch = epoch;
    const events = this.builder.events;
    const lanes = new Map(this.hosts.map((host, lane) => [host, lane]));
    for (; this.laidOut < events.length; this.laidOut++) {
      const event = events[this.laidOut]!;
      this.layout.append(event, lanes.get(event.host)!, event.time!);
    }
    this.version++;
    return true;
  }

  /** How many events the trace holds up to `traceEnd` (exclusive). O(log events). */
  visibleCount(traceEnd: number): number {
    const indexes = this.builder.traceIndexOf;
    let lo = 0;
    let hi = indexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (indexes[mid]! < traceEnd) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
