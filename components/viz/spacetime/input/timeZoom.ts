/**
 * The space-time camera on d3-zoom, along the time axis: a drag (mouse, pen or one
 * finger) pans, two fingers pinch, Ctrl/⌘ + wheel and a trackpad pinch zoom about the
 * pointer, a double click or double tap zooms in (Shift: out), a horizontal wheel or
 * Shift + wheel pans, and a plain wheel still scrolls the page. A drag that moved does
 * not end in a click. The toolbar and the keys move it with an animated `zoom.transform`
 * (at once under reduced motion).
 *
 * The renderer owns the window; the camera reports the window each transform shows, and
 * is told the window the renderer settled on, between gestures. A double click or tap
 * is d3-zoom's own, with the same duration.
 */
import 'd3-transition';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { transformFor, wheelPan, wheelZooms, windowFor, type CameraBase } from './camera';
import type { TimeWindow } from '../drawing/viewWindow';

/** How far (px) a press may wander and still be a click rather than a drag. */
const CLICK_DISTANCE = 3;
/** How long the camera takes to move for a button, a key or the cursor (ms). */
export const CAMERA_MS = 250;

export interface CameraLimits extends CameraBase {
  /** The narrowest span one may zoom in to. */
  readonly narrowest: number;
  readonly height: number;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export class TimeZoom {
  private readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly svg: Svg;
  private base: CameraBase = { extent: { start: 0, end: 1 }, left: 0, right: 1 };
  /** Gestures and animations under way: the window is the camera's until they end. */
  private active = 0;
  private scheduled = false;
  private readonly motion =
    typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

  constructor(
    element: SVGSVGElement,
    /** The window the camera now shows. */
    private readonly onWindow: (w: TimeWindow) => void,
  ) {
    this.svg = select(element);
    this.behaviour = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) =>
        event.type === 'wheel'
          ? wheelZooms(event as WheelEvent)
          : !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button,
      )
      .clickDistance(CLICK_DISTANCE)
      .on('start', () => this.active++)
      .on('end', () => {
        this.active = Math.max(0, this.active - 1);
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        this.onWindow(windowFor(event.transform, this.base)),
      );
    // d3-zoom claims every touch; a vertical swipe over the diagram still scrolls the page.
    this.svg.call(this.behaviour).style('touch-action', 'pan-y');
    element.addEventListener('wheel', this.wheel, { passive: false });
  }

  destroy(): void {
    this.svg.interrupt().on('.zoom', null);
    this.svg.node()!.removeEventListener('wheel', this.wheel);
  }

  /** Whether a gesture or an animation is moving the camera. */
  get moving(): boolean {
    return this.active > 0 || this.scheduled;
  }

  /** Takes `w` as the window shown, within `limits`, without reporting it back. */
  show(w: TimeWindow, limits: CameraLimits): void {
    const span = limits.extent.end - limits.extent.start;
    this.behaviour
      .extent([
        [limits.left, 0],
        [limits.right, limits.height],
      ])
      .translateExtent([
        [limits.left, -Infinity],
        [limits.right, Infinity],
      ])
      .scaleExtent([1, Math.max(1, span / limits.narrowest)])
      .duration(this.reduced() ? 0 : CAMERA_MS);
    if (this.moving) return;
    this.base = { extent: limits.extent, left: limits.left, right: limits.right };
    this.svg.property('__zoom', transformFor(w, this.base));
  }

  /** Moves to `w`, animated unless the reader asked for reduced motion. */
  moveTo(w: TimeWindow): void {
    const target = transformFor(w, this.base);
    if (this.reduced()) this.svg.interrupt().call(this.behaviour.transform, target);
    else this.animation().call(this.behaviour.transform, target);
  }

  /** Zooms by `factor` about pixel `at`, animated unless the reader asked for reduced motion. */
  zoomBy(factor: number, at: number): void {
    const point: [number, number] = [at, 0];
    if (this.reduced()) this.svg.interrupt().call(this.behaviour.scaleBy, factor, point);
    else this.animation().call(this.behaviour.scaleBy, factor, point);
  }

  /**
   * A camera move, unnamed as d3-zoom's own, so that a gesture interrupts it. It counts
   * as moving from now, not only once its first frame starts it.
   */
  private animation() {
    this.scheduled = true;
    return this.svg
      .transition()
      .duration(CAMERA_MS)
      .on('end interrupt cancel', () => {
        this.scheduled = false;
      });
  }

  private reduced(): boolean {
    return this.motion?.matches ?? false;
  }

  private readonly wheel = (event: WheelEvent): void => {
    const pixels = wheelPan(event);
    if (pixels === null) return;
    event.preventDefault();
    const k = zoomTransform(this.svg.node()!).k;
    this.svg.call(this.behaviour.translateBy, -pixels / k, 0);
  };
}
