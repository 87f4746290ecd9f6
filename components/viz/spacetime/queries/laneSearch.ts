/**
 * Searches along one lane. A lane's timeline is in program order, so positions never
 * decrease along it: every search is binary. `limit` is how many events are visible
 * (ids below it); ids grow along a timeline, so the visible part is a prefix.
 */
import { lowerBound, upperBound } from './culling';
import type { EventLayout } from '../data/eventLayout';

/** How many of the lane's events are visible. O(log n). */
export function visibleOnLane(layout: EventLayout, lane: number, limit: number): number {
  const timeline = layout.timelines[lane] ?? [];
  return lowerBound(timeline.length, (i) => timeline[i]!, limit);
}

/** The lane's last visible event at or before position `x`, or null. O(log n). */
export function lastAtOrBefore(
  layout: EventLayout,
  lane: number,
  x: number,
  limit: number,
): number | null {
  const timeline = layout.timelines[lane] ?? [];
  const count = visibleOnLane(layout, lane, limit);
  const at = upperBound(count, (i) => layout.x[timeline[i]!]!, x);
  return at > 0 ? timeline[at - 1]! : null;
}

/**
 * The lane's visible event nearest to position `x` (ties go to the earlier one), or
 * null if the lane has none. O(log n).
 */
export function nearestOnLane(
  layout: EventLayout,
  lane: number,
  x: number,
  limit: number,
): number | null {
  const timeline = layout.timelines[lane] ?? [];
  const count = visibleOnLane(layout, lane, limit);
  if (count === 0) return null;
  const at = lowerBound(count, (i) => layout.x[timeline[i]!]!, x);
  // Of a group of events at one position, the one drawn nearest x: the last of a group
  // before it (ranks spread a group rightwards), the first of a group after it.
  const after = at < count ? timeline[at]! : null;
  const before = at > 0 ? timeline[at - 1]! : null;
  if (before === null) return after;
  if (after === null) return before;
  return x - layout.x[before]! <= layout.x[after]! - x ? before : after;
}

/**
 * Where on `lane` the causal future of `s` starts: the position of the first visible
 * event whose clock has seen `s` (on s's own lane, s itself), or the visible count. Along
 * a lane the clock entry for s's lane never decreases, so this is a binary search.
 * O(log n).
 */
export function futureStartOnLane(
  layout: EventLayout,
  lane: number,
  s: number,
  limit: number,
): number {
  const timeline = layout.timelines[lane] ?? [];
  const count = visibleOnLane(layout, lane, limit);
  const ownLane = layout.lane[s]!;
  const seq = layout.seq[s]!;
  return lowerBound(count, (i) => layout.clockOf(timeline[i]!, ownLane), seq);
}

/** The first visible event on `lane` in the causal future of `s`, or null. O(log n). */
export function firstInFuture(
  layout: EventLayout,
  lane: number,
  s: number,
  limit: number,
): number | null {
  const timeline = layout.timelines[lane] ?? [];
  const count = visibleOnLane(layout, lane, limit);
  for (let i = futureStartOnLane(layout, lane, s, limit); i < count; i++)
    if (timeline[i] !== s) return timeline[i]!;
  return null;
}

/**
 * The last event on `lane` in the causal past of `s` (or s itself), or null (also when
 * it came before the stretch the layout holds). O(1).
 */
export function lastInPast(layout: EventLayout, lane: number, s: number): number | null {
  return layout.heldAt(lane, layout.clockOf(s, lane));
}
