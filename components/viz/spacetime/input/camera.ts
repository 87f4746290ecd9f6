/**
 * The pure half of the space-time camera: how a d3-zoom transform and the visible time
 * window correspond, and which wheel turns pan. The transform is relative to a base
 * scale that shows `extent` across the plot [left, right]; only its x part is used, so
 * the camera moves along the time axis alone.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { windowScale, type TimeWindow } from '../drawing/viewWindow';

/** What the identity transform shows, and where. */
export interface CameraBase {
  readonly extent: TimeWindow;
  readonly left: number;
  readonly right: number;
}

/** The transform that shows `w`. Pure. */
export function transformFor(w: TimeWindow, base: CameraBase): ZoomTransform {
  const span = Math.max(1e-9, w.end - w.start);
  const k = (base.extent.end - base.extent.start) / span;
  const x0 = windowScale(base.extent, base.left, base.right);
  return zoomIdentity.translate(base.left - k * x0(w.start), 0).scale(k);
}

/** The window a transform shows. Pure. */
export function windowFor(transform: ZoomTransform, base: CameraBase): TimeWindow {
  const [start, end] = transform
    .rescaleX(windowScale(base.extent, base.left, base.right))
    .domain() as [number, number];
  return { start, end };
}

/** The wheel fields that decide a pan. */
export interface WheelLike {
  readonly deltaX: number;
  readonly deltaY: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * Whether a wheel zooms: Ctrl/⌘ + wheel, and a trackpad pinch (a wheel with ctrlKey).
 * Pure.
 */
export function wheelZooms(event: WheelLike): boolean {
  return event.ctrlKey || event.metaKey;
}

/**
 * How many pixels a wheel pans (positive shows later times): a horizontal wheel, or
 * Shift + wheel. A plain vertical wheel is null: it scrolls the page. Pure.
 */
export function wheelPan(event: WheelLike): number | null {
  if (wheelZooms(event)) return null;
  if (event.shiftKey) return event.deltaY || event.deltaX;
  if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return null;
  return event.deltaX;
}

/** Whether `w` shows the whole extent, which is fit mode. Pure. */
export function coversExtent(w: TimeWindow, extent: TimeWindow): boolean {
  const slack = 1e-9 * (extent.end - extent.start);
  return w.start <= extent.start + slack && w.end >= extent.end - slack;
}
