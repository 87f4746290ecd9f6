/**
 * What a stretch of the run needs from everything before it, kept as the trace is read:
 * each lane's vector and Lamport clock (and the time and rank of its last event), the
 * message copies on the wire with the clocks of their sends, and which hosts are down.
 * A live diagram holds only a stretch of the run (liveData.ts); it starts that stretch's
 * graph builder and layout from one of these, so a receive whose send fell out of the
 * stretch still merges the send's clock, and every held event has the clock a build of
 * the whole trace would give it.
 *
 * The rules are those of TraceGraphBuilder (which entries are events, on which lane,
 * with which message), and the clocks step as EventLayout's do, by the one LaneClocks
 * step (laneClocks.ts), one entry at a time: O(lanes) per entry, and room for the lanes
 * and the copies in flight, whatever the run's length. `liveData.property.test.ts` checks
 * windows built from it against a build of the whole trace.
 *
 * A copy leaves the wire at its first delivery or its drop, and a duplicate is traced
 * while its original is on the wire: both hold for the engine's traces.
 */
import type { GraphSeed, SeedCopy } from '@/sim/checkers/causality/fromTrace';
import type { Micros, NodeId, TraceEntry, TraceReader } from '@/sim/core';
import { LaneClocks } from './laneClocks';

/** A send's clocks, for the receives of its copies. Never written once made. */
export interface SendClock {
  readonly clock: Int32Array;
  readonly lamport: number;
}

/** What an EventLayout of a stretch starts from (see eventLayout.ts). */
export interface LayoutSeed {
  /**
   * Per lane, the clocks, time and rank of its last event before the stretch (zeros,
   * NaN and 0 if none). Never written: a layout steps a copy.
   */
  readonly lanes: LaneClocks;
  /** Graph message id → its send's clocks, for sends on the wire at the stretch's start. */
  readonly sends: ReadonlyMap<number, SendClock>;
}

/** What `ClockTracker.restore` starts from. */
export interface TrackerState {
  readonly read: number;
  readonly events: number;
  readonly hosts: readonly NodeId[];
  readonly lanes: LaneClocks;
  readonly copies: readonly SeedCopy[];
  readonly sends: ReadonlyMap<number, SendClock>;
  readonly down: readonly { readonly host: NodeId; readonly at: Micros }[];
}

export class ClockTracker {
  /** How many trace entries have been read. */
  read = 0;
  /** How many events they held. */
  events = 0;
  readonly hosts: NodeId[];
  private readonly laneByHost = new Map<NodeId, number>();
  /** Each lane's clocks after its last event read. */
  private lanes: LaneClocks;
  /** Copies on the wire, by message id. */
  private copies = new Map<number, SeedCopy>();
  /** Sends with a copy on the wire, by graph message id. */
  private sends = new Map<number, SendClock>();
  /** Graph message id → how many of its copies are on the wire. */
  private onWire = new Map<number, number>();
  private down = new Map<NodeId, Micros>();

  constructor(nodes: readonly NodeId[], lanes?: LaneClocks) {
    this.hosts = [];
    for (const node of nodes) {
      if (this.laneByHost.has(node)) continue;
      this.laneByHost.set(node, this.hosts.length);
      this.hosts.push(node);
    }
    this.lanes = lanes ?? new LaneClocks(this.hosts.length);
    this.lanes.widen(this.hosts.length);
  }

  /**
   * A tracker that has read `read` entries, made from what a window already holds rather
   * than by reading them (windowSlide.ts). `lanes` becomes the tracker's own; `copies`
   * are those on the wire, `sends` the clocks of their sends by graph message id, `down`
   * in order of crash.
   */
  static restore(state: TrackerState): ClockTracker {
    const tracker = new ClockTracker(state.hosts, state.lanes);
    tracker.read = state.read;
    tracker.events = state.events;
    for (const copy of state.copies) {
      tracker.copies.set(copy.messageId, copy);
      const id = copy.graphMessageId;
      tracker.onWire.set(id, (tracker.onWire.get(id) ?? 0) + 1);
      tracker.sends.set(id, state.sends.get(id)!);
    }
    for (const { host, at } of state.down) tracker.down.set(host, at);
    return tracker;
  }

  /** The clocks of a send with a copy on the wire, by graph message id. */
  sendClock(graphMessageId: number): SendClock | undefined {
    return this.sends.get(graphMessageId);
  }

  /** A copy to advance separately: clocks are copied, the rest is never written in place. */
  /**
   * Roughly the bytes it holds: each send's clock on the wire (4 B per lane plus about 96
   * for the array and its map entry), about 64 per copy, and each lane's clocks. At 100
   * lanes and 2,400 copies in flight that is about 1.4 MB; at 5 lanes, 20 KB.
   */
  get bytes(): number {
    const lanes = this.hosts.length;
    return this.sends.size * (4 * lanes + 96) + this.copies.size * 64 + lanes * (4 * lanes + 64);
  }

  clone(): ClockTracker {
    const copy = new ClockTracker(this.hosts, this.lanes.clone());
    copy.read = this.read;
    copy.events = this.events;
    copy.copies = new Map(this.copies);
    copy.sends = new Map(this.sends);
    copy.onWire = new Map(this.onWire);
    copy.down = new Map(this.down);
    return copy;
  }

  /** Reads `trace[this.read, end)`. O(entries × lanes). */
  advance(trace: TraceReader, end: number): void {
    const last = Math.min(end, trace.length);
    for (; this.read < last; this.read++) this.take(trace.at(this.read)!);
  }

  graphSeed(): GraphSeed {
    const down = [...this.down].map(([host, at]) => ({ host, at }));
    return { read: this.read, hosts: [...this.hosts], copies: [...this.copies.values()], down };
  }

  layoutSeed(): LayoutSeed {
    return { lanes: this.lanes.clone(), sends: new Map(this.sends) };
  }

  private laneOf(host: NodeId): number {
    const known = this.laneByHost.get(host);
    if (known !== undefined) return known;
    const lane = this.hosts.length;
    this.hosts.push(host);
    this.laneByHost.set(host, lane);
    this.lanes.widen(lane + 1);
    return lane;
  }

  /** An event on `host` at `at`, after receiving a send with clocks `from` if given. */
  private event(host: NodeId, at: Micros, from?: SendClock): number {
    const lane = this.laneOf(host);
    if (from) this.lanes.step(lane, at, from.clock, 0, from.clock.length, from.lamport);
    else this.lanes.step(lane, at, null, 0, 0, 0);
    this.events++;
    return lane;
  }

  /** The copy left the wire: its send's clocks go once no copy of it is left. */
  private landed(copy: SeedCopy): void {
    this.copies.delete(copy.messageId);
    const left = (this.onWire.get(copy.graphMessageId) ?? 1) - 1;
    if (left > 0) return void this.onWire.set(copy.graphMessageId, left);
    this.onWire.delete(copy.graphMessageId);
    this.sends.delete(copy.graphMessageId);
  }

  private take(entry: TraceEntry): void {
    switch (entry.type) {
      case 'send': {
        const original = entry.dupOf === undefined ? undefined : this.copies.get(entry.dupOf);
        const graphMessageId = original?.graphMessageId ?? entry.id;
        const { id: messageId, from, to, at: sentAt, deliverAt } = entry;
        const type = entry.body.type;
        this.copies.set(messageId, {
          messageId,
          graphMessageId,
          from,
          to,
          type,
          sentAt,
          deliverAt,
        });
        this.onWire.set(graphMessageId, (this.onWire.get(graphMessageId) ?? 0) + 1);
        if (original) return;
        const lane = this.event(from, sentAt);
        this.sends.set(messageId, {
          clock: this.lanes.row(lane),
          lamport: this.lanes.lamport[lane]!,
        });
        return;
      }
      case 'deliver': {
        const copy = this.copies.get(entry.id);
        this.event(entry.to, entry.at, copy && this.sends.get(copy.graphMessageId));
        if (copy) this.landed(copy);
        return;
      }
      case 'drop': {
        const copy = this.copies.get(entry.id);
        if (copy) this.landed(copy);
        return;
      }
      case 'crash':
        this.event(entry.node, entry.at);
        this.down.set(entry.node, entry.at);
        return;
      case 'restart':
        this.event(entry.node, entry.at);
        this.down.delete(entry.node);
        return;
      case 'timer':
      case 'note':
      case 'state':
      case 'invoke':
      case 'complete':
        this.event(entry.node, entry.at);
        return;
      default:
        // Network-wide entries happen at no node.
        return;
    }
  }
}
