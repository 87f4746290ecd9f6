/**
 * An event's light cone among the first `count` events, read off the vector clocks one
 * lane at a time rather than by visiting every event (the library's `causalCones`):
 * on lane h, the past of s is the first VC(s)[h] events, the future starts at the first
 * event whose clock has seen s (a binary search, see laneSearch.ts), and what lies
 * between is concurrent with s. So a cone costs O(lanes × log n), however long the run.
 *
 * A live run's layout holds a stretch of it (liveData.ts): the counts are of held events,
 * and `pastBeforeHeld` says how much of the past lies before the stretch.
 */
import type { EventLayout } from '../data/eventLayout';
import { futureStartOnLane, visibleOnLane } from './laneSearch';

export interface ConeSizes {
  readonly past: number;
  readonly future: number;
  readonly concurrent: number;
}

/** Per lane, the timeline positions [from, to) of the events concurrent with `s`. */
function concurrentRanges(layout: EventLayout, s: number, count: number): [number, number][] {
  const ownLane = layout.lane[s]!;
  return layout.timelines.map((_, lane) => {
    if (lane === ownLane) return [0, 0];
    const seen = Math.max(0, layout.clockOf(s, lane) - layout.heldFrom(lane));
    const from = Math.min(seen, visibleOnLane(layout, lane, count));
    return [from, Math.max(from, futureStartOnLane(layout, lane, s, count))];
  });
}

/** How many of the first `count` events (s excluded) are before, after and concurrent with s. */
export function coneSizes(layout: EventLayout, s: number, count: number): ConeSizes {
  let past = 0;
  let future = 0;
  let concurrent = 0;
  const ranges = concurrentRanges(layout, s, count);
  ranges.forEach(([from, to], lane) => {
    const visible = visibleOnLane(layout, lane, count);
    past += from;
    concurrent += to - from;
    future += visible - to;
  });
  // s itself was counted on its own lane (as the first of its future).
  const own = layout.lane[s]!;
  const before = Math.min(layout.positionOf(s), visibleOnLane(layout, own, count));
  return { past: past + before, future: future - before - 1, concurrent };
}

/**
 * How many events of the causal past of `s` come before the stretch the layout holds
 * (0 for a whole run): on each lane, the lesser of what s has seen there and what came
 * before the stretch. O(lanes).
 */
export function pastBeforeHeld(layout: EventLayout, s: number): number {
  const own = layout.lane[s]!;
  let earlier = 0;
  layout.timelines.forEach((_, lane) => {
    const seen = lane === own ? layout.seq[s]! - 1 : layout.clockOf(s, lane);
    earlier += Math.min(seen, layout.heldFrom(lane));
  });
  return earlier;
}

/** The first `limit` events concurrent with `s`, in id order. O(lanes × limit). */
export function firstConcurrent(
  layout: EventLayout,
  s: number,
  count: number,
  limit: number,
): number[] {
  const ids: number[] = [];
  concurrentRanges(layout, s, count).forEach(([from, to], lane) => {
    const timeline = layout.timelines[lane]!;
    for (let i = from; i < Math.min(to, from + limit); i++) ids.push(timeline[i]!);
  });
  return ids.sort((a, b) => a - b).slice(0, limit);
}
