/**
 * Per-frame drawing of messages in flight and of recently lost messages. Called from the
 * player's frame loop, it writes to a <g> that React never renders into, using keyed D3
 * joins, so motion costs no React work.
 */
import { select } from 'd3';
import type { Simulation } from '@/sim/core/simulation';
import type { Micros } from '@/sim/core/time';
import { along, type Point } from './layout';
import type { SendIndex } from './sendIndex';

export interface MessageDot {
  readonly id: number;
  readonly type: string;
  readonly x: number;
  readonly y: number;
  readonly from: string;
  readonly to: string;
}

export interface LostMark {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  /** 1 when just lost, fading to 0. */
  readonly fresh: number;
}

/** Where every in-flight message is at the simulation's current time. Pure. */
export function messagePositions(
  sim: Simulation,
  positions: ReadonlyMap<string, Point>,
): MessageDot[] {
  const now = sim.now;
  const dots: MessageDot[] = [];
  for (const message of sim.world.inflight.values()) {
    const from = positions.get(message.from);
    const to = positions.get(message.to);
    if (!from || !to || message.sentAt > now) continue;
    const span = message.deliverAt - message.sentAt || 1;
    const point = along(from, to, (now - message.sentAt) / span);
    dots.push({
      id: message.id,
      type: message.body.type,
      x: point.x,
      y: point.y,
      from: message.from,
      to: message.to,
    });
  }
  return dots;
}

/** Messages lost within the last `window` µs, placed where they died. Pure. */
export function lostMarks(
  sim: Simulation,
  positions: ReadonlyMap<string, Point>,
  sends: SendIndex,
  window: Micros,
): LostMark[] {
  const marks: LostMark[] = [];
  const trace = sim.trace;
  const now = sim.now;
  for (let i = sim.traceEnd - 1; i >= 0; i--) {
    const entry = trace.at(i)!;
    if (entry.at < now - window) break;
    if (entry.type !== 'drop') continue;
    const send = sends.find(trace, entry.id);
    const from = positions.get(entry.from);
    const to = positions.get(entry.to);
    if (!send || !from || !to) continue;
    const span = send.deliverAt - send.at || 1;
    const point = along(from, to, (entry.at - send.at) / span);
    marks.push({ id: entry.id, x: point.x, y: point.y, fresh: 1 - (now - entry.at) / window });
  }
  return marks;
}

/** Joins the dots and marks into the layer. */
export function drawMessageLayer(
  layer: SVGGElement,
  dots: MessageDot[],
  marks: LostMark[],
  fade: boolean,
  highlighted: number | null = null,
): void {
  const root = select(layer);
  root
    .selectAll<SVGCircleElement, MessageDot>('circle.msg')
    .data(dots, (d) => d.id)
    .join((enter) =>
      enter
        .append('circle')
        .attr('class', (d) => `msg msg-${d.type}`)
        .attr('r', 7),
    )
    .classed('highlight', (d) => d.id === highlighted)
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y)
    .attr('data-from', (d) => d.from)
    .attr('data-to', (d) => d.to);
  root
    .selectAll<SVGPathElement, LostMark>('path.lost')
    .data(marks, (d) => d.id)
    .join((enter) => enter.append('path').attr('class', 'lost').attr('d', 'M-7,-7L7,7M-7,7L7,-7'))
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .attr('opacity', (d) => (fade ? Math.max(0.15, d.fresh) : 1));
}
