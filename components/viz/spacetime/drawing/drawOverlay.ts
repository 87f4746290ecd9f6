/**
 * The layer over the canvas: time axis, frontier line and the rings of the selected,
 * focused and hovered events on an SVG, and the cursor on an element of its own. Written
 * by hand on elements React renders once and never touches again.
 *
 * While a run plays only the cursor moves, every frame. It is a composited element moved
 * by a transform (see `.cursor` in spacetime.module.css), so a frame repaints nothing;
 * and an attribute is written only when its value changes, since Blink invalidates an
 * SVG element's style, layout and paint on every write, even of the same value.
 */
import type { EventLayout } from '../data/eventLayout';
import { eventX, laneY, TOP, type XScale } from './geometry';
import { polylinePath, type Point } from '../queries/frontier';
import type { AxisKind } from '../data/spaceTimeData';
import { drawAxis } from './timeAxis';
import type { TimeWindow } from './viewWindow';

export interface OverlayElements {
  readonly axis: SVGGElement;
  /** A bar as wide as the cursor's stroke, absolutely placed at the stage's top left. */
  readonly cursor: HTMLElement;
  readonly frontier: SVGPathElement;
  readonly selectedRing: SVGCircleElement;
  readonly focusRing: SVGCircleElement;
  readonly hoverRing: SVGCircleElement;
}

export interface Overlay {
  /** Whether the axis needs drawing again (its window or size changed). */
  readonly axisChanged: boolean;
  readonly layout: EventLayout;
  readonly lanes: number;
  /** Each lane's height (px), from `laneHeight`. */
  readonly laneHeight: number;
  readonly axis: AxisKind;
  readonly window: TimeWindow;
  readonly scale: XScale;
  readonly left: number;
  readonly right: number;
  readonly cursor: number;
  /** Events with ids at or above this are not drawn (not yet happened). */
  readonly count: number;
  /** The knowledge frontier's staircase, or null when the mode is off. */
  readonly frontier: readonly Point[] | null;
  readonly selected: number | null;
  readonly focused: number | null;
  readonly hovered: number | null;
}

export function drawOverlay(elements: OverlayElements, overlay: Overlay): void {
  const { left, right, scale } = overlay;
  const bottom = TOP + overlay.lanes * overlay.laneHeight;
  if (overlay.axisChanged) {
    setAttr(elements.axis, 'transform', `translate(0,${bottom})`);
    drawAxis(elements.axis, overlay.window, overlay.axis, left, right);
  }
  const cursorX = scale(overlay.cursor);
  const cursor = elements.cursor.style;
  setStyle(cursor, 'top', `${TOP - 4}px`);
  setStyle(cursor, 'height', `${bottom - (TOP - 4)}px`);
  setStyle(cursor, 'visibility', cursorX >= left && cursorX <= right ? 'visible' : 'hidden');
  // Centred on cursorX, as the 2 px stroke of a line there would be.
  setStyle(cursor, 'transform', `translateX(${cursorX - CURSOR_WIDTH / 2}px)`);
  attrs(elements.frontier, {
    d: overlay.frontier === null ? '' : polylinePath(overlay.frontier),
    visibility: overlay.frontier === null ? 'hidden' : 'visible',
  });
  ring(elements.selectedRing, overlay, overlay.selected, 9);
  ring(elements.focusRing, overlay, overlay.focused, 12);
  ring(elements.hoverRing, overlay, overlay.hovered, 8);
}

/** The cursor's width (px): `.cursor`'s width in spacetime.module.css. */
export const CURSOR_WIDTH = 2;

function ring(element: SVGCircleElement, overlay: Overlay, id: number | null, radius: number) {
  const shown = id !== null && id < overlay.count;
  setAttr(element, 'visibility', shown ? 'visible' : 'hidden');
  if (!shown) return;
  attrs(element, {
    cx: eventX(overlay.scale, overlay.layout, id),
    cy: laneY(overlay.layout.lane[id]!, overlay.laneHeight),
    r: radius,
  });
}

function attrs(element: Element, values: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(values)) setAttr(element, name, String(value));
}

/** Sets an attribute only when its value changes. */
export function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function setStyle(
  style: CSSStyleDeclaration,
  name: 'top' | 'height' | 'visibility' | 'transform',
  value: string,
) {
  if (style[name] !== value) style[name] = value;
}
