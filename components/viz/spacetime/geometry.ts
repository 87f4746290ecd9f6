/**
 * Where things sit on the space-time diagram, in CSS pixels. One place, so drawing,
 * hit testing and keyboard focus agree.
 */
import type { EventLayout } from './eventLayout';

/** Height of one node's lane. */
export const LANE_HEIGHT = 44;
/** Room above the first lane. */
export const TOP = 10;
/** The lane labels' gutter, left of the plot, for names like "n1". */
export const LEFT = 48;
const LABEL_CHAR_WIDTH = 8.5;
const LEFT_MAX = 160;
export const RIGHT = 16;
/** The time axis, below the last lane. */
export const AXIS_HEIGHT = 30;
export const DOT_RADIUS = 4;
/** Events at the same instant on one lane are spread this far apart, so each stays visible. */
export const RANK_GAP = 7;
/** How close (px) a pointer must come to an event or an arrow to pick it. */
export const HIT_RADIUS = 8;

/** Maps a position on the axis (µs or Lamport time) to a pixel, and back. */
export interface XScale {
  (value: number): number;
  invert(pixel: number): number;
}

/** The y of a lane's line. Pure. */
export function laneY(lane: number): number {
  return TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
}

/** The total height of a diagram with `laneCount` lanes. Pure. */
export function diagramHeight(laneCount: number): number {
  return TOP + Math.max(1, laneCount) * LANE_HEIGHT + AXIS_HEIGHT;
}

/** The lane under a y, or -1 outside every lane. Pure. */
export function laneAt(y: number, laneCount: number): number {
  const lane = Math.floor((y - TOP) / LANE_HEIGHT);
  return lane >= 0 && lane < laneCount ? lane : -1;
}

/** An event's pixel x: its position, plus its rank among events at the same instant. Pure. */
export function eventX(scale: XScale, layout: EventLayout, id: number): number {
  return scale(layout.x[id]!) + layout.rank[id]! * RANK_GAP;
}

/** How many axis units one pixel covers, for turning pixel margins into data margins. Pure. */
export function unitsPerPixel(scale: XScale): number {
  return Math.abs(scale.invert(1) - scale.invert(0));
}

/** The gutter wide enough for the longest lane label (14px bold), within limits. Pure. */
export function gutterWidth(hosts: readonly string[]): number {
  const longest = hosts.reduce((most, host) => Math.max(most, host.length), 0);
  return Math.min(LEFT_MAX, Math.max(LEFT, Math.ceil(16 + longest * LABEL_CHAR_WIDTH)));
}
