/** Picking events and message lines under a pointer. Pure. */
import { lowerBound } from './culling';
import type { EventLayout } from '../data/eventLayout';
import { eventX, laneY, RANK_GAP, type XScale } from '../drawing/geometry';
import { visibleOnLane } from './laneSearch';
import type { Segment } from './messageSegments';

/**
 * The pixel ends of a segment: from its send (or, for a send before the held stretch,
 * the stretch's start on the sender's lane) to its receive, or to where it ends, with
 * lanes `height` px tall. Drawing and hit testing both use it. Pure.
 */
export function segmentEnds(
  segment: Segment,
  layout: EventLayout,
  scale: XScale,
  height: number,
): [x0: number, y0: number, x1: number, y1: number] {
  const x0 = segment.send >= 0 ? eventX(scale, layout, segment.send) : scale(segment.startX);
  const x1 = segment.receive >= 0 ? eventX(scale, layout, segment.receive) : scale(segment.endX);
  return [x0, laneY(segment.startLane, height), x1, laneY(segment.endLane, height)];
}

/** Distance from (px, py) to the segment (x0, y0)–(x1, y1). Pure. */
export function distanceToSegment(
  px: number,
  py: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const squared = dx * dx + dy * dy;
  const t =
    squared === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / squared));
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}

/** The segment nearest (px, py) within `radius` pixels, or null. Pure; O(segments). */
export function hitSegment(
  segments: readonly Segment[],
  layout: EventLayout,
  scale: XScale,
  px: number,
  py: number,
  radius: number,
  height: number,
): Segment | null {
  let best: Segment | null = null;
  let bestDistance = radius;
  for (const segment of segments) {
    const distance = distanceToSegment(px, py, ...segmentEnds(segment, layout, scale, height));
    if (distance <= bestDistance) {
      best = segment;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The visible event on `lane` drawn nearest the pixel x `px`, within `radius`, or
 * null. Events at one instant are spread right by their rank, so the search starts
 * that far to the left. Pure; O(log n + events within reach).
 */
export function hitEvent(
  layout: EventLayout,
  lane: number,
  px: number,
  scale: XScale,
  limit: number,
  radius: number,
): number | null {
  const timeline = layout.timelines[lane] ?? [];
  const count = visibleOnLane(layout, lane, limit);
  const from = scale.invert(px - radius - layout.maxRank * RANK_GAP);
  const to = scale.invert(px + radius);
  let best: number | null = null;
  let bestDistance = radius;
  for (let i = lowerBound(count, (j) => layout.x[timeline[j]!]!, from); i < count; i++) {
    const id = timeline[i]!;
    if (layout.x[id]! > to) break;
    const distance = Math.abs(eventX(scale, layout, id) - px);
    if (distance <= bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}
