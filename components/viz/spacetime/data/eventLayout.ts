/**
 * Per-event numbers the space-time view draws and queries: lane, position along the
 * axis, rank among events at the same position on a lane, position on the lane, and
 * Lamport and vector clocks.
 *
 * Why not call `lamportClocks` and `vectorClocks`? They are whole-graph functions, and
 * a live run grows every frame. This applies the same rules (Lamport 1978, IR1 and IR2;
 * Fidge 1988 and Mattern 1989) one event at a time, by the step of `LaneClocks` (each
 * lane's clocks after its last event), so following a run costs O(new events × hosts).
 * `eventLayout.test.ts` checks it agrees with the library.
 *
 * Every column is a typed array indexed by event id (grown by doubling; entries at and
 * past `count` mean nothing), and the vector clocks are one flat Int32Array with a
 * stride of `width` lanes: about 4 bytes per lane per event, where an array per clock
 * cost five times that. Read a clock entry with `clockOf`.
 *
 * With clocks per event, cone membership is O(1) (Mattern 1989, section 4):
 * - e is in the past of s iff VC(s)[lane(e)] ≥ seq(e);
 * - e is in the future of s iff VC(e)[lane(s)] ≥ seq(s).
 *
 * A layout of a stretch of the run (a live diagram's window, see liveData.ts) starts
 * from a seed: each lane's clocks before the stretch and the clocks of sends still on
 * the wire. Its clocks and `seq` are then those of the whole run, so the rules above
 * hold unchanged, while `timelines` hold only the stretch: the event a clock entry
 * names is `heldAt(lane, entry)`, null when it came before the stretch.
 */
import { receivedMessages, type CausalEvent, type VectorClock } from '@/sim/checkers/causality';
import { countBelow, IdTable } from '@/sim/checkers/causality/idTables';
import type { LayoutSeed, SendClock } from './clockTracker';
import { LaneClocks } from './laneClocks';

const INITIAL_CAPACITY = 256;

export class EventLayout {
  lane = new Int32Array(0);
  /** Position along the axis (µs, or a Lamport clock), before the rank offset. */
  x = new Float64Array(0);
  /** 0 for the first event at its position on its lane, 1 for the next, and so on. */
  rank = new Int32Array(0);
  /** 1-based position on its lane: its own entry of its vector clock. */
  seq = new Int32Array(0);
  lamport = new Int32Array(0);
  /** For an event that receives, the id of the (first) send it receives; otherwise -1. */
  sendOf = new Int32Array(0);
  /**
   * For the few events that receive several messages at once, the sends they receive
   * beyond `sendOf`, by event id (see `CausalEvent.receives`).
   */
  readonly moreSendsOf = new Map<number, readonly number[]>();
  /** Event ids per lane, in program order (so x never decreases along one). */
  readonly timelines: number[][] = [];
  maxRank = 0;
  /** How many events have been appended. */
  count = 0;
  /** Entries per clock: the host count, grown if an event names a later lane. */
  private width: number;
  /** Vector clocks, event after event, `width` entries each. */
  private clocks: Int32Array;
  /** Each lane's clocks after its last event so far (the seed's before its first). */
  private lanes: LaneClocks;
  /** Message id → its send event. */
  private readonly sendByMessage = new IdTable<number>();
  /** Per lane, how many of its events came before the stretch held (0 for a whole run). */
  private readonly before: number[] = [];

  /** `capacity`: room for this many events before the columns first grow. */
  constructor(
    hostCount: number,
    private readonly seed: LayoutSeed | null = null,
    capacity = INITIAL_CAPACITY,
  ) {
    const lanes = Math.max(hostCount, seed?.lanes.width ?? 0);
    this.width = Math.max(1, lanes);
    this.lanes = seed ? seed.lanes.clone() : new LaneClocks();
    this.lanes.widen(this.width);
    this.clocks = new Int32Array(0);
    this.allocate(Math.max(1, capacity));
    for (let h = 0; h < lanes; h++) {
      this.timelines.push([]);
      this.before.push(seed?.lanes.entry(h, h) ?? 0);
    }
  }

  /** The event `seen` (1-based) on `lane`, the one a clock entry of `seen` names, or null if not held. O(1). */
  heldAt(lane: number, seen: number): number | null {
    const at = seen - 1 - (this.before[lane] ?? 0);
    return at >= 0 ? (this.timelines[lane]?.[at] ?? null) : null;
  }

  /** Where event `id` is in its lane's timeline (0-based). O(1). */
  positionOf(id: number): number {
    return this.seq[id]! - 1 - (this.before[this.lane[id]!] ?? 0);
  }

  /**
   * The vector clock of `lane`'s last event before the held stretch, one entry per lane
   * (zeros when there was none). O(lanes).
   */
  clockBefore(lane: number): number[] {
    const seeded = this.seed?.lanes;
    return Array.from({ length: this.timelines.length }, (_, h) => seeded?.entry(lane, h) ?? 0);
  }

  /** How many of `lane`'s events came before the held stretch. O(1). */
  heldFrom(lane: number): number {
    return this.before[lane] ?? 0;
  }

  /** Entry `lane` of event `id`'s vector clock: how many of that lane's events it has seen. O(1). */
  clockOf(id: number, lane: number): number {
    return lane < this.width ? this.clocks[id * this.width + lane]! : 0;
  }

  /** Event `id`'s vector clock as an array, one entry per lane (a copy). O(lanes). */
  clockVector(id: number): number[] {
    const lanes = this.timelines.length;
    const clock = new Array<number>(lanes);
    for (let h = 0; h < lanes; h++) clock[h] = this.clockOf(id, h);
    return clock;
  }

  /** Event `id`'s vector clock as a typed array of `width` entries (a copy). O(lanes). */
  clockRow(id: number): Int32Array {
    return this.clocks.slice(id * this.width, (id + 1) * this.width);
  }

  /** Adds the next event (ids must arrive in order). `x` null means: use its Lamport clock. */
  append(event: CausalEvent, laneIndex: number, x: number | null): void {
    while (this.timelines.length <= laneIndex) this.timelines.push([]);
    if (laneIndex >= this.width) this.widen(laneIndex + 1);
    const id = this.count;
    if (id === this.x.length) this.allocate(id * 2);
    const width = this.width;
    const lanes = this.lanes;
    const more = event.receives === undefined ? null : this.receivedSends(event);
    if (more !== null) {
      for (const send of more.slice(1))
        lanes.absorb(laneIndex, this.clocks, send * width, width, this.lamport[send]!);
      if (more.length > 1) this.moreSendsOf.set(id, more.slice(1));
    }
    const sendId = more === null ? this.linkSend(event) : (more[0] ?? -1);
    if (sendId >= 0)
      lanes.step(laneIndex, x, this.clocks, sendId * width, width, this.lamport[sendId]!);
    else {
      const sent = this.seededSend(event);
      if (sent) lanes.step(laneIndex, x, sent.clock, 0, sent.clock.length, sent.lamport);
      else lanes.step(laneIndex, x, null, 0, 0, 0);
    }
    const row = laneIndex * width;
    const clocks = this.clocks;
    const at = id * width;
    for (let h = 0; h < width; h++) clocks[at + h] = lanes.clocks[row + h]!;
    const rank = lanes.rank[laneIndex]!;
    this.maxRank = Math.max(this.maxRank, rank);
    this.lane[id] = laneIndex;
    this.x[id] = lanes.lastX[laneIndex]!;
    this.rank[id] = rank;
    this.seq[id] = clocks[at + laneIndex]!;
    this.lamport[id] = lanes.lamport[laneIndex]!;
    this.sendOf[id] = sendId;
    this.count = id + 1;
    this.timelines[laneIndex]!.push(event.id);
  }

  /**
   * Each lane's clocks after its last event before event `first`: the lanes a layout of
   * the stretch from `first` on starts from. O(lanes × (lanes + log events)).
   */
  lanesAt(first: number): LaneClocks {
    const lanes = this.seed ? this.seed.lanes.clone() : new LaneClocks();
    lanes.widen(this.width);
    const width = this.width;
    this.timelines.forEach((timeline, lane) => {
      const before = countBelow(timeline, first);
      if (before === 0) return;
      const id = timeline[before - 1]!;
      lanes.clocks.set(this.clocks.subarray(id * width, id * width + width), lane * width);
      lanes.lamport[lane] = this.lamport[id]!;
      lanes.lastX[lane] = this.x[id]!;
      lanes.rank[lane] = this.rank[id]!;
    });
    return lanes;
  }

  /**
   * This layout from event `first` on, ids moved down by `first`: what laying out
   * `events` (those events, renumbered) from `seed` (whose lanes are `lanesAt(first)`)
   * would give, without stepping a clock. O(held events × lanes).
   */
  slice(
    first: number,
    seed: LayoutSeed,
    events: readonly CausalEvent[],
    capacity: number,
  ): EventLayout {
    const count = this.count - first;
    const next = new EventLayout(this.timelines.length, seed, Math.max(capacity, count));
    if (next.width !== this.width) next.widen(this.width);
    next.lanes = this.lanes.clone();
    next.lane.set(this.lane.subarray(first, this.count));
    next.x.set(this.x.subarray(first, this.count));
    next.rank.set(this.rank.subarray(first, this.count));
    next.seq.set(this.seq.subarray(first, this.count));
    next.lamport.set(this.lamport.subarray(first, this.count));
    next.clocks.set(this.clocks.subarray(first * this.width, this.count * this.width));
    for (let id = 0; id < count; id++) {
      const send = this.sendOf[first + id]!;
      next.sendOf[id] = send >= first ? send - first : -1;
      next.maxRank = Math.max(next.maxRank, next.rank[id]!);
      next.linkSend(events[id]!);
      const more = this.moreSendsOf.get(first + id)?.filter((send) => send >= first);
      if (more && more.length > 0)
        next.moreSendsOf.set(
          id,
          more.map((send) => send - first),
        );
    }
    this.timelines.forEach((timeline, lane) => {
      const held = timeline.slice(countBelow(timeline, first)).map((id) => id - first);
      if (lane < next.timelines.length) next.timelines[lane] = held;
      else next.timelines.push(held);
    });
    next.count = count;
    return next;
  }

  /** Gives every column room for `capacity` events. */
  private allocate(capacity: number): void {
    const x = new Float64Array(capacity);
    x.set(this.x);
    this.x = x;
    this.lane = grown(this.lane, capacity);
    this.rank = grown(this.rank, capacity);
    this.seq = grown(this.seq, capacity);
    this.lamport = grown(this.lamport, capacity);
    this.sendOf = grown(this.sendOf, capacity);
    this.clocks = grown(this.clocks, capacity * this.width);
  }

  /** Re-lays the clocks with room for `width` lanes (a graph named a later host). */
  private widen(width: number): void {
    const next = new Int32Array(this.x.length * width);
    for (let id = 0; id < this.count; id++)
      next.set(this.clocks.subarray(id * this.width, (id + 1) * this.width), id * width);
    this.clocks = next;
    this.width = width;
    this.lanes.widen(width);
  }

  private linkSend(event: CausalEvent): number {
    if (event.messageId === undefined) return -1;
    if (event.kind === 'send') {
      if (this.sendByMessage.get(event.messageId) === undefined)
        this.sendByMessage.set(event.messageId, event.id);
      return -1;
    }
    return event.kind === 'receive' ? (this.sendByMessage.get(event.messageId) ?? -1) : -1;
  }

  /**
   * The sends an event with further `receives` receives, in order (its own message
   * first for a receive), registering its own message if it is a send.
   */
  private receivedSends(event: CausalEvent): number[] {
    this.linkSend(event);
    const sends: number[] = [];
    for (const message of receivedMessages(event)) {
      const send = this.sendByMessage.get(message);
      if (send !== undefined) sends.push(send);
    }
    return sends;
  }

  /** A receive's send from before the held stretch, from the seed. */
  private seededSend(event: CausalEvent): SendClock | undefined {
    if (event.kind !== 'receive' || event.messageId === undefined) return undefined;
    return this.seed?.sends.get(event.messageId);
  }
}

function grown(column: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(column);
  return next;
}

/** Whether `e` is in the causal past of `s` (never itself). Pure; O(1). */
export function inPast(layout: EventLayout, s: number, e: number): boolean {
  return e !== s && layout.clockOf(s, layout.lane[e]!) >= layout.seq[e]!;
}

/** Whether `e` is in the causal future of `s` (never itself). Pure; O(1). */
export function inFuture(layout: EventLayout, s: number, e: number): boolean {
  return e !== s && layout.clockOf(e, layout.lane[s]!) >= layout.seq[s]!;
}

/** Whether a host whose knowledge is `clock` can know about event `e`. Pure; O(1). */
export function knows(layout: EventLayout, clock: VectorClock, e: number): boolean {
  return (clock[layout.lane[e]!] ?? 0) >= layout.seq[e]!;
}
