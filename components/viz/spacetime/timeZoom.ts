/**
 * Pan and zoom along the time axis by hand, on the diagram's SVG, with pointer events:
 * one pointer (mouse, pen or finger) drags to pan, two fingers pinch to zoom, Ctrl/⌘ +
 * wheel and a trackpad pinch zoom about the pointer, a horizontal wheel (or Shift +
 * wheel) pans, and a plain wheel still scrolls the page. A drag that moved does not end
 * in a click. Created once per renderer and destroyed with it.
 *
 * It only reports gestures in pixels (panZoom.ts); the renderer owns the window.
 */
import { wheelGesture, type Gesture } from './panZoom';

/** How far (px) a press may wander and still be a click rather than a drag. */
const CLICK_DISTANCE = 3;

export class TimeZoom {
  /** Pointers that are down on the diagram: their latest x. */
  private readonly pointers = new Map<number, number>();
  /** Where the first pointer went down, and whether it has since become a drag. */
  private origin = { x: 0, y: 0 };
  private dragged = false;
  private readonly listeners: [string, EventListener, AddEventListenerOptions][];

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly onGesture: (gesture: Gesture) => void,
  ) {
    this.listeners = [
      ['pointerdown', this.down as EventListener, {}],
      ['pointermove', this.move as EventListener, {}],
      ['pointerup', this.up as EventListener, {}],
      ['pointercancel', this.up as EventListener, {}],
      ['wheel', this.wheel as EventListener, { passive: false }],
      // Capturing, so it runs before the renderer's own click listener.
      ['click', this.click as EventListener, { capture: true }],
    ];
    for (const [type, listener, options] of this.listeners)
      svg.addEventListener(type, listener, options);
  }

  destroy(): void {
    for (const [type, listener, options] of this.listeners)
      this.svg.removeEventListener(type, listener, options);
    this.pointers.clear();
  }

  private x(event: MouseEvent): number {
    return event.clientX - this.svg.getBoundingClientRect().left;
  }

  private readonly down = (event: PointerEvent): void => {
    // The main button only, and Ctrl + click is left to the browser (as d3-zoom does).
    if (event.button !== 0 || event.ctrlKey || this.pointers.size >= 2) return;
    if (this.pointers.size === 0) {
      this.origin = { x: event.clientX, y: event.clientY };
      this.dragged = false;
    }
    this.pointers.set(event.pointerId, event.clientX);
    // Keep the drag when the pointer leaves the diagram; a synthetic event may lack it.
    if (this.svg.isConnected) this.svg.setPointerCapture?.(event.pointerId);
  };

  private readonly move = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    if (last === undefined || last === event.clientX) return;
    if (!this.dragged) {
      const dx = event.clientX - this.origin.x;
      const dy = event.clientY - this.origin.y;
      this.dragged = dx * dx + dy * dy > CLICK_DISTANCE * CLICK_DISTANCE;
    }
    if (this.pointers.size === 1) {
      this.pointers.set(event.pointerId, event.clientX);
      this.onGesture({ kind: 'pan', pixels: last - event.clientX });
      return;
    }
    const [a, b] = [...this.pointers.keys()] as [number, number];
    const left = this.svg.getBoundingClientRect().left;
    const from = [this.pointers.get(a)! - left, this.pointers.get(b)! - left] as const;
    this.pointers.set(event.pointerId, event.clientX);
    const to = [this.pointers.get(a)! - left, this.pointers.get(b)! - left] as const;
    this.onGesture({ kind: 'pinch', from, to });
  };

  private readonly up = (event: PointerEvent): void => {
    // The other finger of a pinch, if any, drags on from where it is.
    this.pointers.delete(event.pointerId);
  };

  private readonly wheel = (event: WheelEvent): void => {
    const gesture = wheelGesture(event, this.x(event));
    if (gesture === null) return;
    event.preventDefault();
    this.onGesture(gesture);
  };

  /** Swallows the click that ends a drag, so panning never selects an event. */
  private readonly click = (event: MouseEvent): void => {
    if (!this.dragged) return;
    this.dragged = false;
    event.stopImmediatePropagation();
  };
}
