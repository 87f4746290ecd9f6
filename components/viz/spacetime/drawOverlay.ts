/**
 * The SVG layer over the canvas: time axis, cursor, frontier line and the rings of the
 * selected, focused and hovered events. Written through D3 on elements React renders
 * once and never touches again.
 */
import { axisBottom, select } from 'd3';
import type { EventLayout } from './eventLayout';
import { eventX, LANE_HEIGHT, laneY, TOP, type XScale } from './geometry';
import { polylinePath, type Point } from './frontier';
import type { AxisKind } from './spaceTimeData';
import { formatTick, windowScale, type TimeWindow } from './viewWindow';

export interface OverlayElements {
  readonly axis: SVGGElement;
  readonly cursor: SVGLineElement;
  readonly frontier: SVGPathElement;
  readonly selectedRing: SVGCircleElement;
  readonly focusRing: SVGCircleElement;
  readonly hoverRing: SVGCircleElement;
}

export interface Overlay {
  readonly layout: EventLayout;
  readonly lanes: number;
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
  const bottom = TOP + overlay.lanes * LANE_HEIGHT;
  const span = overlay.window.end - overlay.window.start;
  select(elements.axis)
    .attr('transform', `translate(0,${bottom})`)
    .call(
      axisBottom(windowScale(overlay.window, left, right))
        .ticks(Math.max(2, Math.floor((right - left) / 90)))
        .tickFormat((value) => formatTick(Number(value), overlay.axis, span)),
    );
  const cursorX = scale(overlay.cursor);
  select(elements.cursor)
    .attr('x1', cursorX)
    .attr('x2', cursorX)
    .attr('y1', TOP - 4)
    .attr('y2', bottom)
    .attr('visibility', cursorX >= left && cursorX <= right ? 'visible' : 'hidden');
  select(elements.frontier)
    .attr('d', overlay.frontier === null ? '' : polylinePath(overlay.frontier))
    .attr('visibility', overlay.frontier === null ? 'hidden' : 'visible');
  ring(elements.selectedRing, overlay, overlay.selected, 9);
  ring(elements.focusRing, overlay, overlay.focused, 12);
  ring(elements.hoverRing, overlay, overlay.hovered, 8);
}

function ring(element: SVGCircleElement, overlay: Overlay, id: number | null, radius: number) {
  const shown = id !== null && id < overlay.count;
  const circle = select(element).attr('visibility', shown ? 'visible' : 'hidden');
  if (!shown) return;
  circle
    .attr('cx', eventX(overlay.scale, overlay.layout, id))
    .attr('cy', laneY(overlay.layout.lane[id]!))
    .attr('r', radius);
}
