/**
 * The SVG layer over the canvas: time axis, cursor, frontier line and the rings of the
 * selected, focused and hovered events. Written by hand (a few attributes per frame) on
 * elements React renders once and never touches again.
 */
import type { EventLayout } from './eventLayout';
import { eventX, laneY, TOP, type XScale } from './geometry';
import { polylinePath, type Point } from './frontier';
import type { AxisKind } from './spaceTimeData';
import { axisTicks, drawAxis } from './timeAxis';
import type { TimeWindow } from './viewWindow';

export interface OverlayElements {
  readonly axis: SVGGElement;
  readonly cursor: SVGLineElement;
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
    elements.axis.setAttribute('transform', `translate(0,${bottom})`);
    drawAxis(elements.axis, axisTicks(overlay.window, overlay.axis, left, right), left, right);
  }
  const cursorX = scale(overlay.cursor);
  attrs(elements.cursor, {
    x1: cursorX,
    x2: cursorX,
    y1: TOP - 4,
    y2: bottom,
    visibility: cursorX >= left && cursorX <= right ? 'visible' : 'hidden',
  });
  attrs(elements.frontier, {
    d: overlay.frontier === null ? '' : polylinePath(overlay.frontier),
    visibility: overlay.frontier === null ? 'hidden' : 'visible',
  });
  ring(elements.selectedRing, overlay, overlay.selected, 9);
  ring(elements.focusRing, overlay, overlay.focused, 12);
  ring(elements.hoverRing, overlay, overlay.hovered, 8);
}

function ring(element: SVGCircleElement, overlay: Overlay, id: number | null, radius: number) {
  const shown = id !== null && id < overlay.count;
  element.setAttribute('visibility', shown ? 'visible' : 'hidden');
  if (!shown) return;
  attrs(element, {
    cx: eventX(overlay.scale, overlay.layout, id),
    cy: laneY(overlay.layout.lane[id]!, overlay.laneHeight),
    r: radius,
  });
}

function attrs(element: Element, values: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(values)) element.setAttribute(name, String(value));
}
