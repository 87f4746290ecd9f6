/**
 * Per-event numbers the space-time view draws and queries: lane, position along the
 * axis, rank among events at the same position on a lane, position on the lane, and
 * Lamport and vector clocks.
 *
 * Why not call `lamportClocks` and `vectorClocks`? They are whole-graph functions, and
 * a live run grows every frame. This applies the same rules (Lamport 1978, IR1 and IR2;
 * Fidge 1988 and Mattern 1989) one event at a time, so following a run costs
 * O(new events × hosts). `eventLayout.test.ts` checks it agrees with the library.
 *
 * With clocks per event, cone membership is O(1) (Mattern 1989, section 4):
 * - e is in the past of s iff VC(s)[lane(e)] ≥ seq(e);
 * - e is in the future of s iff VC(e)[lane(s)] ≥ seq(s).
 */
import type { CausalEvent, VectorClock } from '@/sim/checkers/causality';

export class EventLayout {
  readonly lane: number[] = [];
  /** Position along the axis (µs, or a Lamport clock), before the rank offset. */
  readonly x: number[] = [];
  /** 0 for the first event at its position on its lane, 1 for the next, and so on. */
  readonly rank: number[] = [];
  /** 1-based position on its lane: its own entry of its vector clock. */
  readonly seq: number[] = [];
  readonly clocks: number[][] = [];
  readonly lamport: number[] = [];
  /** For a receive, its send's id; otherwise -1. */
  readonly sendOf: number[] = [];
  /** Event ids per lane, in program order (so x never decreases along one). */
  readonly timelines: number[][] = [];
  maxRank = 0;
  /** Length of every new clock: the host count, grown if an event names a later lane. */
  private width: number;
  /** Message id → its send event (ids are small and dense: an array, not a map). */
  private readonly sendByMessage: number[] = [];

  constructor(hostCount: number) {
    this.width = hostCount;
    for (let h = 0; h < hostCount; h++) this.timelines.push([]);
  }

  /** Adds the next event (ids must arrive in order). `x` null means: use its Lamport clock. */
  append(event: CausalEvent, laneIndex: number, x: number | null): void {
    while (this.timelines.length <= laneIndex) this.timelines.push([]);
    const timeline = this.timelines[laneIndex]!;
    const previous = timeline.length > 0 ? timeline[timeline.length - 1]! : -1;
    const sendId = this.linkSend(event);

    this.width = Math.max(this.width, laneIndex + 1);
    const clock = previous >= 0 ? this.clocks[previous]!.slice() : [];
    while (clock.length < this.width) clock.push(0);
    let lamport = previous >= 0 ? this.lamport[previous]! : 0;
    if (sendId >= 0) {
      const carried = this.clocks[sendId]!;
      for (let h = 0; h < carried.length; h++) if (carried[h]! > clock[h]!) clock[h] = carried[h]!;
      lamport = Math.max(lamport, this.lamport[sendId]!);
    }
    clock[laneIndex] = clock[laneIndex]! + 1;

    const position = x ?? lamport + 1;
    const rank = previous >= 0 && this.x[previous] === position ? this.rank[previous]! + 1 : 0;
    this.maxRank = Math.max(this.maxRank, rank);
    this.lane.push(laneIndex);
    this.x.push(position);
    this.rank.push(rank);
    this.seq.push(clock[laneIndex]!);
    this.clocks.push(clock);
    this.lamport.push(lamport + 1);
    this.sendOf.push(sendId);
    timeline.push(event.id);
  }

  get count(): number {
    return this.x.length;
  }

  private linkSend(event: CausalEvent): number {
    if (event.messageId === undefined) return -1;
    if (event.kind === 'send') {
      if (this.sendByMessage[event.messageId] === undefined)
        this.sendByMessage[event.messageId] = event.id;
      return -1;
    }
    return event.kind === 'receive' ? (this.sendByMessage[event.messageId] ?? -1) : -1;
  }
}

/** Whether `e` is in the causal past of `s` (never itself). Pure; O(1). */
export function inPast(layout: EventLayout, s: number, e: number): boolean {
  return e !== s && (layout.clocks[s]![layout.lane[e]!] ?? 0) >= layout.seq[e]!;
}

/** Whether `e` is in the causal future of `s` (never itself). Pure; O(1). */
export function inFuture(layout: EventLayout, s: number, e: number): boolean {
  return e !== s && (layout.clocks[e]![layout.lane[s]!] ?? 0) >= layout.seq[s]!;
}

/** Whether a host whose knowledge is `clock` can know about event `e`. Pure; O(1). */
export function knows(layout: EventLayout, clock: VectorClock, e: number): boolean {
  return (clock[layout.lane[e]!] ?? 0) >= layout.seq[e]!;
}
