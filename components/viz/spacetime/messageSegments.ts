/**
 * Which message lines are visible and where they end. A copy is drawn from its send
 * to each visible receive; a copy that died on the wire ends in a cross where it died;
 * in a live run, a copy still on the wire ends at the cursor, part-way to its target
 * lane. All positions are in axis units and lanes (fractional mid-flight).
 */
import type { MessageCopy } from '@/sim/checkers/causality/fromTrace';
import { messageSlice } from './culling';
import type { SpaceTimeData } from './spaceTimeData';
import type { TimeWindow } from './viewWindow';

export type SegmentState = 'delivered' | 'dropped' | 'inflight';

export interface Segment {
  /** Index of the copy in `data.messages`. */
  readonly copy: number;
  readonly messageId: number;
  readonly send: number;
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
        receive,
        state: 'delivered',
        endX,
        endLane: layout.lane[receive]!,
      });
    }
    if (ended) continue;
    const base = { copy: i, messageId: copy.messageId, send: copy.sendEventId, receive: -1 };
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
  return segments;
}

/** Where between its lanes a copy is at `at`, moving evenly from send to intended delivery. */
function laneAlong(copy: MessageCopy, fromLane: number, toLane: number, at: number): number {
  const span = copy.deliverAt - copy.sentAt;
  const part = span > 0 ? (at - copy.sentAt) / span : 1;
  return fromLane + (toLane - fromLane) * Math.min(1, Math.max(0, part));
}
