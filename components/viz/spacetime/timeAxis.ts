/**
 * The time axis under the lanes, drawn into an SVG group that React renders empty:
 * a baseline with end caps and a labelled tick every ~90 px, at round values (the
 * same ticks d3-axis would pick). Tick elements are reused from draw to draw, so a
 * drag that pans the axis at 60 fps creates no elements once their number settles.
 */
import { formatTick, windowScale, type TimeWindow } from './viewWindow';
import type { AxisKind } from './spaceTimeData';

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

/** The labelled ticks of the plot showing `w` across [left, right]. Pure. */
export function axisTicks(w: TimeWindow, kind: AxisKind, left: number, right: number): Tick[] {
  const scale = windowScale(w, left, right);
  const count = Math.max(2, Math.floor((right - left) / TICK_SPACING));
  const span = w.end - w.start;
  return scale
    .ticks(count)
    .map((value) => ({ x: scale(value), label: formatTick(value, kind, span) }));
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Draws `ticks` and a baseline from `left` to `right` into `group`, which sits at the
 * bottom of the lanes. Lines are nudged half a pixel on 1× screens to stay crisp.
 */
export function drawAxis(
  group: SVGGElement,
  ticks: readonly Tick[],
  left: number,
  right: number,
): void {
  const offset = window.devicePixelRatio > 1 ? 0 : 0.5;
  let baseline = group.firstElementChild as SVGPathElement | null;
  if (baseline === null) {
    group.setAttribute('fill', 'none');
    group.setAttribute('text-anchor', 'middle');
    baseline = group.appendChild(document.createElementNS(SVG, 'path'));
    baseline.setAttribute('stroke', 'currentColor');
  }
  const [l, r] = [left + offset, right + offset];
  baseline.setAttribute('d', `M${l},${TICK_SIZE}V${offset}H${r}V${TICK_SIZE}`);
  // Children after the baseline are the ticks: add what is missing, drop what is extra.
  while (group.childElementCount - 1 < ticks.length) group.appendChild(tickElement());
  while (group.childElementCount - 1 > ticks.length) group.lastElementChild!.remove();
  ticks.forEach((tick, i) => {
    const element = group.children[i + 1] as SVGGElement;
    element.setAttribute('transform', `translate(${tick.x + offset},0)`);
    const text = element.lastElementChild!;
    if (text.textContent !== tick.label) text.textContent = tick.label;
  });
}

function tickElement(): SVGGElement {
  const tick = document.createElementNS(SVG, 'g');
  const line = tick.appendChild(document.createElementNS(SVG, 'line'));
  line.setAttribute('stroke', 'currentColor');
  line.setAttribute('y2', String(TICK_SIZE));
  const text = tick.appendChild(document.createElementNS(SVG, 'text'));
  text.setAttribute('fill', 'currentColor');
  text.setAttribute('y', String(TICK_SIZE + TICK_PADDING));
  text.setAttribute('dy', '0.71em');
  return tick;
}
