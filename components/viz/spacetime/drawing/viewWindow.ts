/**
 * The visible stretch of the axis, and the maths that moves it: fit, zoom about a
 * point, reveal an event, follow the cursor. The window (in axis units) is the source
 * of truth, so the view can grow under a zoomed-in reader without the window jumping.
 */
import { scaleLinear } from 'd3-scale';
import type { AxisKind } from '../data/spaceTimeData';

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** The narrowest window: 200 µs of virtual time, or 4 Lamport ticks. */
export function minSpan(axis: AxisKind): number {
  return axis === 'time' ? 200 : 4;
}

/** Fit keeps this much room after the last event, so it is not on the edge. */
const FIT_PAD = 0.03;

/** The whole run: from 0 to a little past `last`, never narrower than `minSpan`. Pure. */
export function fitWindow(last: number, axis: AxisKind): TimeWindow {
  const end = Math.max(last * (1 + FIT_PAD), minSpan(axis));
  return { start: 0, end: axis === 'logical' ? Math.max(end, last + 1) : end };
}

/** A live run's fit grows in steps of this factor, not every frame. */
export const LIVE_FIT_GROWTH = 1.25;

/**
 * Fit for a run that grows: like `fitWindow`, but the end moves up in steps of
 * LIVE_FIT_GROWTH, so the scale holds still between steps and what is already drawn
 * stays where it is (the view then only adds to it). It starts at `start`: where the
 * events the diagram holds begin (a live diagram holds a bounded stretch). Pure.
 */
export function liveFitWindow(last: number, axis: AxisKind, start = 0): TimeWindow {
  const from = Math.max(0, Math.min(start, last));
  const fit = fitWindow(last - from, axis);
  const floor = minSpan(axis);
  const steps = Math.ceil(Math.log(fit.end / floor) / Math.log(LIVE_FIT_GROWTH) - 1e-9);
  return { start: from, end: from + floor * LIVE_FIT_GROWTH ** Math.max(0, steps) };
}

/** Shifts and shrinks `w` to lie within `extent`. Pure. */
export function clampWindow(w: TimeWindow, extent: TimeWindow): TimeWindow {
  const span = Math.min(w.end - w.start, extent.end - extent.start);
  const start = Math.min(Math.max(w.start, extent.start), extent.end - span);
  return { start, end: start + span };
}

/**
 * Pans so that `x` is in view with a `margin` share of the span to spare; a window
 * that already shows it is returned as is. Pure.
 */
export function revealInWindow(
  w: TimeWindow,
  x: number,
  extent: TimeWindow,
  margin = 0.1,
): TimeWindow {
  const span = w.end - w.start;
  if (x >= w.start + margin * span && x <= w.end - margin * span) return w;
  return clampWindow({ start: x - span / 2, end: x + span / 2 }, extent);
}

/**
 * While the reader watches the cursor, keep it in view: once it passes the last tenth
 * of the window, slide so it sits at 80%. A window the reader panned away from the
 * cursor stays put. Pure.
 */
export function followCursor(
  w: TimeWindow,
  previousCursor: number,
  cursor: number,
  extent: TimeWindow,
): TimeWindow {
  const span = w.end - w.start;
  const watching = previousCursor >= w.start && previousCursor <= w.end;
  if (!watching || cursor <= w.end - 0.1 * span) return w;
  return clampWindow({ start: cursor - 0.8 * span, end: cursor + 0.2 * span }, extent);
}

/** The scale that shows `w` across the pixel range [left, right]. Pure. */
export function windowScale(w: TimeWindow, left: number, right: number) {
  return scaleLinear().domain([w.start, w.end]).range([left, right]);
}

/** Tick labels: "1.5 s", "250 ms", "40 µs" for time; plain numbers for Lamport time. Pure. */
export function formatTick(value: number, axis: AxisKind, span: number): string {
  if (axis === 'logical') return String(Math.round(value));
  if (span >= 2_000_000) return `${trim(value / 1_000_000)} s`;
  if (span >= 2_000) return `${trim(value / 1_000)} ms`;
  return `${trim(value)} µs`;
}

function trim(n: number): string {
  return String(Number(n.toFixed(3)));
}
