/**
 * The time axis under the lanes, drawn by d3-axis into an SVG group that React renders
 * empty: a baseline with end caps and a labelled tick every ~90 px, at round values.
 * d3-axis keys ticks by value, so a drag that pans the axis moves the ticks it has and
 * creates only those that come into view.
 */
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { formatTick, windowScale, type TimeWindow } from './viewWindow';
import type { AxisKind } from '../data/spaceTimeData';

/** Length of the tick marks and the baseline's end caps (px). */
const TICK_SIZE = 6;
/** Room between a tick mark and its label (px). */
const TICK_PADDING = 3;
/** About one tick per this many pixels of plot. */
const TICK_SPACING = 90;

export interface Tick {
  readonly x: number;
  readonly label: string;
}

/** The scale, tick count and labels of the axis showing `w` across [left, right]. Pure. */
function axisParts(w: TimeWindow, kind: AxisKind, left: number, right: number) {
  const span = w.end - w.start;
  return {
    scale: windowScale(w, left, right),
    count: Math.max(2, Math.floor((right - left) / TICK_SPACING)),
    format: (value: number | { valueOf(): number }) => formatTick(Number(value), kind, span),
  };
}

/** The labelled ticks the axis draws for `w` across [left, right]. Pure. */
export function axisTicks(w: TimeWindow, kind: AxisKind, left: number, right: number): Tick[] {
  const { scale, count, format } = axisParts(w, kind, left, right);
  return scale.ticks(count).map((value) => ({ x: scale(value), label: format(value) }));
}

/** Draws the axis for `w` across [left, right] into `group`, at the bottom of the lanes. */
export function drawAxis(
  group: SVGGElement,
  w: TimeWindow,
  kind: AxisKind,
  left: number,
  right: number,
): void {
  const { scale, count, format } = axisParts(w, kind, left, right);
  select(group).call(
    axisBottom(scale).ticks(count).tickFormat(format).tickSize(TICK_SIZE).tickPadding(TICK_PADDING),
  );
  // The axis's own font would override the stylesheet's (`.axis`).
  group.removeAttribute('font-size');
  group.removeAttribute('font-family');
}
