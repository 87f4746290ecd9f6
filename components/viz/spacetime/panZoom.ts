/**
 * The maths of panning and zooming the time axis by hand: what a drag, a wheel or a
 * pinch does to the visible window. Pixels are x positions in the diagram's SVG; the
 * plot runs from `left` to `right`. Everything here is pure; timeZoom.ts reads the
 * pointer and wheel events and hands them over as a `Gesture`.
 */
import { clampWindow, zoomWindow, type TimeWindow } from './viewWindow';

/** What a person did, in the diagram's pixels. */
export type Gesture =
  /** Pan by `pixels`: positive shows later times (a drag to the left, a wheel to the right). */
  | { readonly kind: 'pan'; readonly pixels: number }
  /** Zoom by `factor` (> 1 zooms in), keeping the time under pixel `at` where it is. */
  | { readonly kind: 'zoom'; readonly factor: number; readonly at: number }
  /** Two fingers moved from `from` to `to`: the times under them follow them. */
  | {
      readonly kind: 'pinch';
      readonly from: readonly [number, number];
      readonly to: readonly [number, number];
    };

/** Where the plot is and how far one may go. */
export interface PlotBounds {
  readonly left: number;
  readonly right: number;
  /** The whole run: no window reaches past it. */
  readonly extent: TimeWindow;
  /** The narrowest span one may zoom in to. */
  readonly narrowest: number;
}

/** The window after `gesture`, clamped to the extent and the narrowest span. Pure. */
export function applyGesture(w: TimeWindow, gesture: Gesture, bounds: PlotBounds): TimeWindow {
  switch (gesture.kind) {
    case 'pan':
      return panWindow(w, gesture.pixels, bounds);
    case 'zoom':
      return zoomAtPixel(w, gesture.factor, gesture.at, bounds);
    case 'pinch':
      return pinchWindow(w, gesture.from, gesture.to, bounds);
  }
}

/** Axis units per pixel of the plot showing `w`. Pure. */
function unitsPerPixel(w: TimeWindow, bounds: PlotBounds): number {
  return (w.end - w.start) / Math.max(1, bounds.right - bounds.left);
}

/** Slides `w` by `pixels` of the plot, within the extent. Pure. */
export function panWindow(w: TimeWindow, pixels: number, bounds: PlotBounds): TimeWindow {
  const shift = pixels * unitsPerPixel(w, bounds);
  return clampWindow({ start: w.start + shift, end: w.end + shift }, bounds.extent);
}

/** Zooms by `factor` about the time under pixel `at`. Pure. */
export function zoomAtPixel(
  w: TimeWindow,
  factor: number,
  at: number,
  bounds: PlotBounds,
): TimeWindow {
  const anchor = w.start + (at - bounds.left) * unitsPerPixel(w, bounds);
  return zoomWindow(w, factor, anchor, bounds.extent, bounds.narrowest);
}

/**
 * Two fingers: zoom by how far apart they moved, about where their midpoint was, then
 * pan by how far the midpoint moved. Unclamped, the times under both fingers end up
 * under them again. Pure.
 */
export function pinchWindow(
  w: TimeWindow,
  from: readonly [number, number],
  to: readonly [number, number],
  bounds: PlotBounds,
): TimeWindow {
  const before = Math.abs(from[1] - from[0]);
  const after = Math.abs(to[1] - to[0]);
  const midFrom = (from[0] + from[1]) / 2;
  const midTo = (to[0] + to[1]) / 2;
  // Fingers (nearly) on top of each other say nothing about scale: only pan.
  const zoomed = before < 1 || after < 1 ? w : zoomAtPixel(w, after / before, midFrom, bounds);
  return panWindow(zoomed, midFrom - midTo, bounds);
}

/**
 * How much one wheel event zooms, as d3-zoom's default: 2^(−deltaY × unit), where the
 * unit depends on whether deltas are pixels, lines or pages, and a trackpad pinch
 * (which browsers send as a wheel with ctrlKey) counts ten times. Pure.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const unit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return 2 ** (-deltaY * unit * (ctrlKey ? 10 : 1));
}

/** The wheel fields the gestures read. */
export interface WheelLike {
  readonly deltaX: number;
  readonly deltaY: number;
  readonly deltaMode: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * What a wheel event means over the diagram: Ctrl/⌘ + wheel (and a trackpad pinch)
 * zooms about the pointer, a horizontal wheel or Shift + wheel pans, and a plain
 * vertical wheel is null: it scrolls the page. Pure.
 */
export function wheelGesture(event: WheelLike, at: number): Gesture | null {
  if (event.ctrlKey || event.metaKey) {
    return {
      kind: 'zoom',
      factor: wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey),
      at,
    };
  }
  if (event.shiftKey) return { kind: 'pan', pixels: event.deltaY || event.deltaX };
  if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return null;
  return { kind: 'pan', pixels: event.deltaX };
}

/** Whether `w` shows the whole extent, which is fit mode. Pure. */
export function coversExtent(w: TimeWindow, extent: TimeWindow): boolean {
  return w.start <= extent.start && w.end >= extent.end;
}
