/**
 * d3-zoom along the time axis only. Created once on the diagram's SVG (as xyflow does:
 * in an effect, on a ref) and destroyed with the view. Drag pans, Ctrl/⌘ + wheel and
 * trackpad pinch zoom, a plain wheel still scrolls the page, and a horizontal wheel
 * (or Shift + wheel) pans.
 *
 * The renderer owns the visible window; `show` sets the transform to match it without
 * echoing a zoom back, and `onZoom` reports only what a person did.
 */
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { transformForWindow, type TimeWindow, type ZoomParts } from './viewWindow';

export class TimeZoom {
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  /** Set while `show` runs, so the event it raises is ignored. */
  private showing = false;

  constructor(
    private readonly svg: SVGSVGElement,
    /** The plot's pixel range [left, right]. */
    private readonly range: () => [number, number],
    /** A zoom or pan: the new transform, and whether a person caused it. */
    onZoom: (transform: ZoomParts, byPerson: boolean) => void,
    /** A horizontal wheel or Shift + wheel: pixels to pan by. */
    onPan: (pixels: number) => void,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) =>
        event.type === 'wheel'
          ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
          : !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button,
      )
      // Time only: the transform never moves vertically, nor past either end.
      .constrain((transform) => {
        const [left, right] = this.range();
        const k = transform.k;
        const x = Math.min(left - k * left, Math.max(right - k * right, transform.x));
        return zoomIdentity.translate(x, 0).scale(k);
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!this.showing) onZoom(event.transform, Boolean(event.sourceEvent));
      });
    select(svg)
      .call(this.behavior)
      .on('dblclick.zoom', null)
      .on(
        'wheel.pan',
        (event: WheelEvent) => {
          if (event.ctrlKey || event.metaKey) return;
          if (!event.shiftKey && Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
          event.preventDefault();
          onPan(event.shiftKey ? event.deltaY : event.deltaX);
        },
        { passive: false },
      );
  }

  /** The viewport's size and how far in one may zoom (extent span / narrowest span). */
  configure(height: number, deepest: number): void {
    const [left, right] = this.range();
    this.behavior
      .extent([
        [left, 0],
        [right, height],
      ])
      .scaleExtent([1, Math.max(1, deepest)])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ]);
  }

  /** Sets the transform that shows `window` out of `extent`, silently. */
  show(window: TimeWindow, extent: TimeWindow): void {
    const [left, right] = this.range();
    const { k, x } = transformForWindow(window, extent, left, right);
    this.showing = true;
    select(this.svg).call(this.behavior.transform, zoomIdentity.translate(x, 0).scale(k));
    this.showing = false;
  }

  destroy(): void {
    select(this.svg).on('.zoom', null).on('.pan', null);
    this.behavior.on('zoom', null);
  }
}
