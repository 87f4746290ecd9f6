/**
 * How the diagram keeps a chosen event (selected, or with keyboard focus) across a
 * rebuild of its data: a live diagram holds a window of the run and builds it again as
 * the window moves, which renumbers event ids but not trace indexes. So a choice is kept
 * as its event's trace index where the data has one, and looked up again on each render;
 * an event the window no longer holds comes back as null.
 */
import type { SpaceTimeData } from '../data/spaceTimeData';

/** What a choice of event `id` is kept as: its trace index, or `id` for data without one. Pure. */
export function keyOf(data: SpaceTimeData, id: number | null): number | null {
  if (id === null) return null;
  return data.traceIndexOf?.[id] ?? id;
}

/** The held event a kept choice names now, or null. O(1). */
export function eventOfKey(data: SpaceTimeData, key: number | null): number | null {
  if (key === null) return null;
  return data.eventOfTrace ? (data.eventOfTrace(key) ?? null) : key;
}
