/**
 * A live run as space-time data, kept in step with the simulation's trace.
 *
 * It holds a bounded stretch of the run (the window), at most `cap` events, so a long
 * run costs the diagram the same memory as a short one; the simulation's trace stays the
 * record of the whole run. While the cursor is at the end of the run, the window takes in
 * new entries as they come; once full, it drops its older half and keeps the newer half
 * as it is, ids moved down (windowSlide.ts): no entry is read twice, and a slide costs
 * O(held events × lanes + copies in flight). When the cursor moves before the window (a
 * scrub back), the window is built again from the trace around it: three quarters of a
 * cap before the cursor, the rest after (the known future); going forward again slides
 * it on.
 *
 * A rebuilt window starts from a ClockTracker at its first trace index: each lane's clocks
 * there, and the copies on the wire with their sends' clocks, so held events have the
 * clocks and links of a build of the whole trace. A slide reads the tracker at its new
 * start off the window's own layout and graph; one is kept every few caps (thinned past
 * MAX_CHECKPOINTS), so a scrub back replays the trace from the nearest one before the new
 * start, not from zero.
 *
 * Event ids are positions in the window: `events[id]`, `layout.x[id]` and the rest read as
 * for a whole run. `generation` goes up on every rebuild (old ids then mean nothing; map a
 * choice across with `traceIndexOf` and `eventOfTrace`). When the trace's `epoch` moves
 * (a fork cut entries) or another run's trace is handed in, everything starts over.
 */
import { TraceGraphBuilder } from '@/sim/checkers/causality/fromTrace';
import { countBelow } from '@/sim/checkers/causality/idTables';
import { type NodeId, type TraceReader, type TraceType, typeAt } from '@/sim/core';
import { ClockTracker } from './clockTracker';
import { EventLayout } from './eventLayout';
import { slideWindow } from './windowSlide';
import type { SpaceTimeData } from './spaceTimeData';

/**
 * The bytes a window may hold. A held event costs about 150 B (its CausalEvent object
 * ~35, its share of message copies and receive arrays ~45, trace index columns ~12,
 * layout columns other than clocks ~30, settled segment objects ~20) plus a 4-byte clock
 * entry per lane, counted twice since columns grow by doubling: 190 B at 5 lanes, so
 * 1.5 MB holds 8,192 events there, 4,447 at 25 lanes and 1,638 at 100.
 */
export const WINDOW_BYTES = 8_192 * 190;

/** Never fewer events than this, however many lanes. */
const MIN_CAP = 1_024;

/** The default cap on held events for `lanes` lanes (see WINDOW_BYTES). Pure. */
export function windowCap(lanes: number): number {
  return Math.max(MIN_CAP, Math.floor(WINDOW_BYTES / (150 + 8 * Math.max(1, lanes))));
}

/** Trackers kept for scrubbing back; past this many, every other one goes. */
const MAX_CHECKPOINTS = 32;

/**
 * ... or past this many bytes in all (`ClockTracker.bytes`). At 5 lanes 32 trackers are
 * under 1 MB; at 100 lanes each holds its copies' send clocks, about 1.4 MB, so about
 * five are kept and a scrub back replays further.
 */
export const TRACKER_BYTES = 16 * 2 ** 20;

/** Entry types that are events (a duplicate's send is not, but counting it only errs low). */
const EVENT_TYPES = new Set<TraceType>([
  'send',
  'deliver',
  'timer',
  'note',
  'state',
  'invoke',
  'complete',
  'crash',
  'restart',
]);

/** The trace index from which `trace[index, end)` holds about `events` events. O(events). */
export function startBefore(trace: TraceReader, end: number, events: number): number {
  let index = Math.min(end, trace.length);
  for (let seen = 0; index > 0 && seen < events;)
    if (EVENT_TYPES.has(typeAt(trace, --index))) seen++;
  return index;
}

export interface LiveDataOptions {
  /** The most events held at once; default `windowCap(lanes)`. */
  readonly cap?: number;
  /** The most bytes of kept trackers; default TRACKER_BYTES. */
  readonly trackerBytes?: number;
  /**
   * Whether a forward slide keeps the newer half as it is (default) rather than building
   * it again from the trace; both give the same window (a test compares them).
   */
  readonly slides?: boolean;
}

export class LiveSpaceTimeData implements SpaceTimeData {
  readonly axis = 'time' as const;
  readonly order = null;
  readonly live = true;
  readonly cap: number;
  private readonly slides: boolean;
  /** Goes up whenever the data changes, so React can key derived text on it. */
  version = 0;
  /** Goes up whenever the window was built again: old event ids mean nothing. */
  generation = 0;
  /**
   * Goes up when the run itself changed (another trace, or a fork cut entries): old
   * trace indexes mean nothing either. Otherwise a choice carries over a rebuild by its
   * trace index.
   */
  lineage = 0;
  private builder: TraceGraphBuilder;
  private laidOut = 0;
  /** The trace's epoch when last read: it changes when entries were cut (a fork). */
  private epoch = 0;
  private trace: TraceReader | null = null;
  /** The clocks at the window's first trace index. */
  private tracker: ClockTracker;
  /** Trackers kept for scrubbing back, by trace index. */
  private checkpoints: ClockTracker[] = [];
  private readonly trackerBytes: number;
  /** Events between kept trackers: four caps, doubled at each thinning. */
  private spacing: number;
  layout: EventLayout;

  constructor(
    private readonly nodes: readonly NodeId[],
    options: LiveDataOptions = {},
  ) {
    this.cap = Math.max(2, options.cap ?? windowCap(nodes.length));
    this.slides = options.slides ?? true;
    this.trackerBytes = options.trackerBytes ?? TRACKER_BYTES;
    this.spacing = 4 * this.cap;
    this.tracker = new ClockTracker(nodes);
    this.builder = new TraceGraphBuilder(nodes);
    this.layout = new EventLayout(nodes.length, null, this.room);
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
  get inbound() {
    return this.builder.inbound;
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
  /** How many events of the run come before the first one held. */
  get earlier(): number {
    return this.tracker.events;
  }
  /** Where the held stretch starts on the axis: 0 when nothing earlier was dropped. */
  get heldFrom(): number {
    return this.earlier > 0 && this.layout.count > 0 ? this.layout.x[0]! : 0;
  }
  /** The first trace index the window reads. */
  get start(): number {
    return this.tracker.read;
  }
  /** The trace index the window has read up to (exclusive). */
  get end(): number {
    return this.builder.read;
  }
  /** Event id → trace index (increasing). */
  get traceIndexOf(): readonly number[] {
    return this.builder.traceIndexOf;
  }
  /** Trace index → event id, for entries that are (or belong to) a held event. */
  eventOfTrace(index: number): number | undefined {
    return this.builder.eventOfTrace.get(index);
  }

  /**
   * Reads new trace entries and moves the window so it covers `traceEnd` (the cursor).
   * Returns whether anything changed. O(new entries), amortised.
   */
  sync(trace: TraceReader & { readonly epoch?: number }, traceEnd = trace.length): boolean {
    const epoch = trace.epoch ?? 0;
    const end = Math.min(traceEnd, trace.length);
    const back = Math.floor((this.cap * 3) / 4);
    let changed = false;
    // A different trace is a different run (a new store, a restart); a moved epoch, a
    // fork: the trackers may hold entries that are gone.
    if (trace !== this.trace || this.builder.read > trace.length || epoch !== this.epoch) {
      this.trace = trace;
      this.epoch = epoch;
      this.checkpoints = [];
      this.spacing = 4 * this.cap;
      this.tracker = new ClockTracker(this.nodes);
      this.rebuild(trace, this.trackerAt(trace, startBefore(trace, end, back)));
      this.lineage++;
      changed = true;
    } else if (!this.full && this.builder.read < trace.length) {
      this.fill(trace);
      changed = true;
    }
    for (let moves = 0; moves < 3; moves++) {
      let cut: number;
      if (end <= this.start && this.start > 0) cut = startBefore(trace, end, back);
      else if (this.full && end > this.builder.read) {
        const newest = this.builder.traceIndexOf[this.events.length - Math.floor(this.cap / 2)]!;
        cut = Math.max(newest, startBefore(trace, end, back));
      } else break;
      if (this.slides && cut > this.start && cut <= this.builder.read) this.slide(trace, cut);
      else this.rebuild(trace, this.trackerAt(trace, cut));
      changed = true;
    }
    if (changed) this.version++;
    return changed;
  }

  /** How many held events come before `traceEnd` (exclusive). O(log events). */
  visibleCount(traceEnd: number): number {
    return countBelow(this.builder.traceIndexOf, traceEnd);
  }

  /** Room a layout's columns start with: a whole window (a cap of Infinity holds all). */
  private get room(): number {
    return Number.isFinite(this.cap) ? this.cap : 256;
  }

  private get full(): boolean {
    return this.builder.events.length >= this.cap;
  }

  /** Reads on until the window is full or the trace ends, and lays out the new events. */
  private fill(trace: TraceReader): void {
    this.builder.extend(trace, trace.length, this.cap);
    const events = this.builder.events;
    const lanes = new Map(this.hosts.map((host, lane) => [host, lane]));
    for (; this.laidOut < events.length; this.laidOut++) {
      const event = events[this.laidOut]!;
      this.layout.append(event, lanes.get(event.host)!, event.time!);
    }
  }

  /** Drops the events before trace index `cut` (inside the window), keeping the rest. */
  private slide(trace: TraceReader, cut: number): void {
    const held = { tracker: this.tracker, builder: this.builder, layout: this.layout };
    const next = slideWindow(held, cut, this.room);
    this.tracker = next.tracker;
    this.builder = next.builder;
    this.layout = next.layout;
    this.laidOut = this.builder.events.length;
    this.remember(this.tracker);
    this.generation++;
    this.fill(trace);
  }

  /** Starts the window at `tracker`'s trace index. */
  private rebuild(trace: TraceReader, tracker: ClockTracker): void {
    this.tracker = tracker;
    this.builder = new TraceGraphBuilder(this.nodes, tracker.graphSeed());
    this.layout = new EventLayout(tracker.hosts.length, tracker.layoutSeed(), this.room);
    this.laidOut = 0;
    this.generation++;
    this.fill(trace);
  }

  /** The clocks at trace index `cut`, from the nearest tracker before it. O(entries between). */
  private trackerAt(trace: TraceReader, cut: number): ClockTracker {
    let base: ClockTracker | null = null;
    for (const known of [this.tracker, ...this.checkpoints])
      if (known.read <= cut && (base === null || known.read > base.read)) base = known;
    // The window's own tracker is dropped by the rebuild, so it moves on in place; a kept
    // one is shared and is copied first.
    const owned = base === this.tracker && !this.checkpoints.includes(base);
    const tracker = base === null ? new ClockTracker(this.nodes) : owned ? base : base.clone();
    tracker.advance(trace, cut);
    this.remember(tracker);
    return tracker;
  }

  /**
   * Keeps `tracker` (never advanced again) if no kept one is within `spacing` events of
   * it. Past MAX_CHECKPOINTS or `trackerBytes`, the spacing doubles and the kept ones are
   * thinned to it, oldest first, so they stay spread over the whole run rather than
   * crowding its end, and a scrub back replays at most about two spacings.
   */
  private remember(tracker: ClockTracker): void {
    const near = this.checkpoints.some(
      (kept) => Math.abs(kept.events - tracker.events) < this.spacing,
    );
    if (tracker.events < this.spacing || near) return;
    this.checkpoints.push(tracker);
    this.checkpoints.sort((a, b) => a.read - b.read);
    while (
      this.checkpoints.length > 1 &&
      (this.checkpoints.length > MAX_CHECKPOINTS || this.kept.bytes > this.trackerBytes)
    ) {
      this.spacing *= 2;
      let last = -Infinity;
      this.checkpoints = this.checkpoints.filter((kept) => {
        if (kept.events - last < this.spacing) return false;
        last = kept.events;
        return true;
      });
    }
  }

  /** The trackers kept for scrubbing back: how many, and roughly how many bytes. */
  get kept(): { count: number; bytes: number } {
    const bytes = this.checkpoints.reduce((sum, tracker) => sum + tracker.bytes, 0);
    return { count: this.checkpoints.length, bytes };
  }
}
