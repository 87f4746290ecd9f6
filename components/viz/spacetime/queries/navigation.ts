/**
 * Keyboard order on the diagram: ←/→ walk a lane in program order, ↑/↓ jump to the
 * nearest event on the lane above or below (skipping empty lanes), Home/End go to the
 * ends of the lane. Only visible events (ids below `limit`) can take focus.
 */
import type { EventLayout } from '../data/eventLayout';
import { nearestOnLane, visibleOnLane } from './laneSearch';

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const NAVIGATION_KEYS: readonly string[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
];

/**
 * The event focus moves to from `focused` on `key`, or `focused` itself when there is
 * nowhere to go. With nothing focused, any key lands on the event nearest `anchor`
 * (the cursor) on the first lane that has one. Pure; O(lanes × log n).
 */
export function navigate(
  layout: EventLayout,
  limit: number,
  focused: number | null,
  key: NavigationKey,
  anchor: number,
): number | null {
  const lanes = layout.timelines.length;
  if (focused === null || focused >= limit) return nearestFromLane(layout, limit, 0, 1, anchor);
  const lane = layout.lane[focused]!;
  const timeline = layout.timelines[lane]!;
  const position = layout.positionOf(focused);
  const visible = visibleOnLane(layout, lane, limit);
  switch (key) {
    case 'ArrowLeft':
      return position > 0 ? timeline[position - 1]! : focused;
    case 'ArrowRight':
      return position + 1 < visible ? timeline[position + 1]! : focused;
    case 'Home':
      return timeline[0]!;
    case 'End':
      return timeline[visible - 1]!;
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      const next = lane + step;
      if (next < 0 || next >= lanes) return focused;
      return nearestFromLane(layout, limit, next, step, layout.x[focused]!) ?? focused;
    }
  }
}

/** The event nearest `x` on `lane`, or on the next lane in direction `step` that has one. */
function nearestFromLane(
  layout: EventLayout,
  limit: number,
  lane: number,
  step: number,
  x: number,
): number | null {
  for (let l = lane; l >= 0 && l < layout.timelines.length; l += step) {
    const found = nearestOnLane(layout, l, x, limit);
    if (found !== null) return found;
  }
  return null;
}
