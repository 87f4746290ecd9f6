/**
 * Where things sit on the space-time diagram, in CSS pixels. One place, so drawing,
 * hit testing and keyboard focus agree.
 */
import type { EventLayout } from '../data/eventLayout';

/** Height of one node's lane while there are few of them. */
export const LANE_HEIGHT = 44;
/** Up to this many lanes keep LANE_HEIGHT; more share the same plot height. */
const COMFORTABLE_LANES = 9;
/** The thinnest lane (px): 100 lanes then take 400 px. */
export const MIN_LANE_HEIGHT = 4;
/** Lane labels are at least this far apart (px); with thinner lanes some go unnamed. */
const MIN_LABEL_SPACING = 18;
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

/**
 * The height of each lane in a diagram of `laneCount` lanes: LANE_HEIGHT up to
 * COMFORTABLE_LANES, then thinner so the plot stays about as tall as nine lanes (whole
 * pixels, so lanes sit on pixel rows), down to MIN_LANE_HEIGHT. The canvases, and the
 * cost of clearing and compositing them every frame, stay bounded however many nodes.
 * Pure.
 */
export function laneHeight(laneCount: number): number {
  const lanes = Math.max(1, laneCount);
  const shared = Math.floor((COMFORTABLE_LANES * LANE_HEIGHT) / lanes);
  return Math.max(MIN_LANE_HEIGHT, Math.min(LANE_HEIGHT, shared));
}

/** Name every `labelEvery`-th lane, so labels 14 px tall do not overlap. Pure. */
export function labelEvery(height: number): number {
  return [1, 2, 5, 10, 20].find((step) => step * height >= MIN_LABEL_SPACING) ?? 20;
}

/** The radius of event dots on lanes `height` px tall: smaller once lanes are thin. Pure. */
export function dotRadius(height: number): number {
  return Math.min(DOT_RADIUS, Math.max(1.5, (height - 1) / 2));
}

/** The y of a lane's line, with lanes `height` px tall. Pure. */
export function laneY(lane: number, height: number): number {
  return TOP + lane * height + height / 2;
}

/** The total height of a diagram with `laneCount` lanes. Pure. */
export function diagramHeight(laneCount: number): number {
  return TOP + Math.max(1, laneCount) * laneHeight(laneCount) + AXIS_HEIGHT;
}

/** The lane under a y, or -1 outside every lane. Pure. */
export function laneAt(y: number, laneCount: number, height: number): number {
  const lane = Math.floor((y - TOP) / height);
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
