/**
 * Which message lines are visible and where they end. A copy is drawn from its send
 * to each visible receive; a copy that died on the wire ends in a cross where it died;
 * in a live run, a copy still on the wire ends at the cursor, part-way to its target
 * lane. A live window that holds only a stretch of the run draws a copy whose send came
 * before the stretch (received, lost or still on the wire in it) as a line entering from
 * the stretch's start on the sender's lane. All positions are in axis units and lanes
 * (fractional mid-flight).
 */
import type { MessageCopy } from '@/sim/checkers/causality/fromTrace';
import { messageSlice } from './culling';
import type { SpaceTimeData } from '../data/spaceTimeData';
import type { TimeWindow } from '../drawing/viewWindow';

export type SegmentState = 'delivered' | 'dropped' | 'inflight';

export interface Segment {
  /**
   * Index of the copy in `data.messages`, or (`send` -1: sent before the held stretch)
   * in `data.inbound`. Read it with `segmentCopy`.
   */
  readonly copy: number;
  readonly messageId: number;
  /** The send event, or -1 when the send came before the held stretch. */
  readonly send: number;
  /**
   * Where the line starts, in axis units and lanes: its send's, or for a send before the
   * held stretch, the stretch's first position on the sender's lane (it enters there).
   */
  readonly startX: number;
  readonly startLane: number;
  /** The receive event, or -1. */
  readonly receive: number;
  readonly state: SegmentState;
  readonly endX: number;
  readonly endLane: number;
}

/** What is visible: events with ids below `count`, and trace entries below `traceEnd`. */
export interface Visibility {
  readonly count: number;
  readonly traceEnd: number;
  /** Where the cursor is, in axis units (live runs draw in-flight copies up to it). */
  readonly cursor: number;
}

/**
 * How `seen` stands against an earlier `base`: 'behind' when any part went back (a
 * scrub back or a fork), 'ahead' when something moved on, else 'same'. Pure.
 */
export function visibilityMoved(seen: Visibility, base: Visibility): 'behind' | 'ahead' | 'same' {
  if (seen.count < base.count || seen.traceEnd < base.traceEnd || seen.cursor < base.cursor)
    return 'behind';
  if (seen.count > base.count || seen.traceEnd > base.traceEnd || seen.cursor > base.cursor)
    return 'ahead';
  return 'same';
}

/** The segments crossing `window`, widened by `pad` axis units. Pure; O(visible copies). */
export function visibleSegments(
  data: SpaceTimeData,
  seen: Visibility,
  window: TimeWindow,
  pad: number,
): Segment[] {
  const from = window.start - pad;
  const to = window.end + pad;
  const [start, end] = messageSlice(data.messages, from, to, data.longestFlight);
  const lanes = new Map(data.hosts.map((host, lane) => [host, lane]));
  const { layout } = data;
  const segments: Segment[] = [];
  for (let i = start; i < end; i++) {
    const copy = data.messages[i]!;
    if (copy.sendEventId >= seen.count) continue;
    const fromLane = layout.lane[copy.sendEventId]!;
    const toLane = lanes.get(copy.to) ?? fromLane;
    let ended = false;
    for (const receive of copy.receiveEventIds) {
      if (receive >= seen.count) break;
      ended = true;
      const endX = layout.x[receive]!;
      if (endX < from) continue;
      segments.push({
        copy: i,
        messageId: copy.messageId,
        send: copy.sendEventId,
        startX: layout.x[copy.sendEventId]!,
        startLane: fromLane,
        receive,
        state: 'delivered',
        endX,
        endLane: layout.lane[receive]!,
      });
    }
    if (ended) continue;
    const base = {
      copy: i,
      messageId: copy.messageId,
      send: copy.sendEventId,
      startX: layout.x[copy.sendEventId]!,
      startLane: fromLane,
      receive: -1,
    };
    if (copy.drop !== null && copy.drop.traceIndex < seen.traceEnd) {
      if (copy.drop.at >= from)
        segments.push({
          ...base,
          state: 'dropped',
          endX: copy.drop.at,
          endLane: laneAlong(copy, fromLane, toLane, copy.drop.at),
        });
    } else if (data.live && seen.cursor >= from) {
      segments.push({
        ...base,
        state: 'inflight',
        endX: seen.cursor,
        endLane: laneAlong(copy, fromLane, toLane, seen.cursor),
      });
    }
  }
  if (data.inbound) inboundSegments(data, seen, from, to, lanes, segments);
  return segments;
}

/**
 * Adds to `segments` the lines of copies sent before the held stretch that end in
 * [from, to]: each enters at the stretch's first position on its sender's lane and runs
 * to its visible receives, to where it was lost, or (live) to the cursor while still on
 * the wire, as a copy sent inside the stretch would. Pure but for `segments`;
 * O(inbound copies).
 */
function inboundSegments(
  data: SpaceTimeData,
  seen: Visibility,
  from: number,
  to: number,
  lanes: ReadonlyMap<string, number>,
  segments: Segment[],
): void {
  const { layout } = data;
  const inbound = data.inbound ?? [];
  // Nothing of the stretch is visible yet, or all of it is right of the window.
  if (seen.count === 0 || layout.x[0]! > to) return;
  const startX = layout.x[0]!;
  for (let i = 0; i < inbound.length; i++) {
    const copy = inbound[i]!;
    const startLane = lanes.get(copy.from);
    if (startLane === undefined) continue;
    // Written out, not spread, so every segment shares one shape (thousands a frame).
    const line = (receive: number, state: SegmentState, endX: number, endLane: number) =>
      segments.push({
        copy: i,
        messageId: copy.messageId,
        send: -1,
        startX,
        startLane,
        receive,
        state,
        endX,
        endLane,
      });
    let ended = false;
    for (const receive of copy.receiveEventIds) {
      if (receive >= seen.count) break;
      ended = true;
      const endX = layout.x[receive]!;
      if (endX >= from) line(receive, 'delivered', endX, layout.lane[receive]!);
    }
    if (ended) continue;
    const toLane = lanes.get(copy.to) ?? startLane;
    if (copy.drop !== null && copy.drop.traceIndex < seen.traceEnd) {
      const at = copy.drop.at;
      if (at >= from) line(-1, 'dropped', at, laneAlong(copy, startLane, toLane, at));
    } else if (data.live && seen.cursor >= Math.max(from, startX)) {
      line(-1, 'inflight', seen.cursor, laneAlong(copy, startLane, toLane, seen.cursor));
    }
  }
}

/** The copy a segment draws: in `data.messages`, or in `data.inbound` for a send before the stretch. */
export function segmentCopy(data: SpaceTimeData, segment: Segment): MessageCopy | undefined {
  return segment.send < 0 ? data.inbound?.[segment.copy] : data.messages[segment.copy];
}

/** Where between its lanes a copy is at `at`, moving evenly from send to intended delivery. */
function laneAlong(copy: MessageCopy, fromLane: number, toLane: number, at: number): number {
  const span = copy.deliverAt - copy.sentAt;
  const part = span > 0 ? (at - copy.sentAt) / span : 1;
  return fromLane + (toLane - fromLane) * Math.min(1, Math.max(0, part));
}
