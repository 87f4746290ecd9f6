/**
 * Message lines on the canvas: arrows for deliveries, stubs ending in a cross for
 * losses, dashed lines for copies still on the wire; a copy whose send came before the
 * held stretch enters from its start with a dashed lead-in, or, still on the wire, as a
 * faint solid line. One path per tone and dash.
 */
import { inFuture, inPast, knows } from '../data/eventLayout';
import { dotRadius, RIGHT } from './geometry';
import { segmentEnds } from '../queries/hitTest';
import type { Point } from '../queries/frontier';
import type { Segment } from '../queries/messageSegments';
import { PathBatch } from './pathBatch';
import type { Scene } from './scene';
import { toneColor, TONES, type Tone } from '../../theme/laneTones';

function segmentTone(scene: Scene, segment: Segment): Tone {
  if (scene.highlightMessage === segment.messageId) return 'highlight';
  const { layout } = scene.data;
  const s = scene.selected;
  if (s !== null && s < scene.seen.count) {
    // A send before the held stretch is in no held event's future.
    if (segment.send >= 0 && (segment.send === s || inFuture(layout, s, segment.send)))
      return 'future';
    if (segment.receive === s || (segment.receive >= 0 && inPast(layout, s, segment.receive)))
      return 'past';
  }
  if (
    scene.knowledge &&
    segment.receive >= 0 &&
    knows(layout, scene.knowledge.clock, segment.receive)
  )
    return 'known';
  return 'plain';
}

export function drawSegments(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  segments: readonly Segment[],
): void {
  const { scale, palette, laneHeight: height } = scene;
  const { layout } = scene.data;
  const radius = dotRadius(height);
  // The plot's pixel columns, and a little more, so no dash ends at its edge.
  const columns = [scene.left - CLIP_MARGIN, scene.width - RIGHT + CLIP_MARGIN] as const;
  /** Adds to the path the part of a line over the plot, if any. */
  const overPlot = (x0: number, y0: number, x1: number, y1: number) => {
    const part = clipColumns(x0, y0, x1, y1, columns[0], columns[1]);
    if (part === null) return;
    ctx.moveTo(part[0], part[1]);
    ctx.lineTo(part[2], part[3]);
  };
  const byTone = new Map<Tone, Segment[]>(TONES.map((tone) => [tone, []]));
  for (const segment of segments) byTone.get(segmentTone(scene, segment))!.push(segment);
  const crosses: Point[] = [];
  for (const tone of TONES) {
    const list = byTone.get(tone)!;
    if (list.length === 0) continue;
    ctx.strokeStyle = toneColor(palette, tone);
    ctx.fillStyle = ctx.strokeStyle;
    ctx.globalAlpha = tone === 'plain' ? 0.55 : 0.95;
    // A 1 px line rasterizes about ten times faster than a 1.3 px one in Chromium's
    // software canvas, which decides a 10,000-event pan (bench/README.md).
    ctx.lineWidth = tone === 'highlight' ? 2.5 : 1;
    for (const dashed of [false, true]) {
      ctx.setLineDash(dashed ? [4, 3] : []);
      const lines = new PathBatch(ctx, 'stroke');
      for (const segment of list) {
        const inflight = segment.state === 'inflight';
        // Sent before the held stretch: a dashed lead-in, then a line like any other. One
        // still on the wire is drawn after these, faint and solid (see below).
        const entering = segment.send < 0 && !inflight;
        if (inflight && segment.send < 0) continue;
        if (!entering && inflight !== dashed) continue;
        const [x0, y0, x1, y1] = segmentEnds(segment, layout, scale, height);
        lines.next();
        if (entering) {
          const [mx, my] = leadIn(x0, y0, x1, y1);
          ctx.moveTo(dashed ? x0 : mx, dashed ? y0 : my);
          ctx.lineTo(dashed ? mx : x1, dashed ? my : y1);
          if (dashed) continue;
        } else if (inflight) {
          // Dashing costs by length: only the part over the plot.
          overPlot(x0, y0, x1, y1);
        } else {
          ctx.moveTo(x0, y0);
          ctx.lineTo(x1, y1);
        }
        if (segment.state === 'dropped') crosses.push([x1, y1]);
      }
      lines.end();
    }
    ctx.setLineDash([]);
    // On the wire since before the held stretch: at 100 nodes these are most of the
    // traffic, a line each across the whole plot. Dashed, 2,400 of them take 30–42 ms a
    // frame in Chromium's software canvas, solid 11: so they are solid and faint, which
    // also keeps them behind the messages whose sends are shown.
    const alpha = ctx.globalAlpha;
    ctx.globalAlpha = alpha * WIRE_ALPHA;
    const wire = new PathBatch(ctx, 'stroke');
    for (const segment of list) {
      if (segment.state !== 'inflight' || segment.send >= 0) continue;
      wire.next();
      overPlot(...segmentEnds(segment, layout, scale, height));
    }
    wire.end();
    ctx.globalAlpha = alpha;
    const heads = new PathBatch(ctx, 'fill');
    for (const segment of list) {
      if (segment.state !== 'delivered') continue;
      heads.next();
      arrowHead(ctx, ...segmentEnds(segment, layout, scale, height), radius);
    }
    heads.end();
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = palette.bad;
  ctx.lineWidth = 2.5;
  const marks = new PathBatch(ctx, 'stroke');
  for (const [x, y] of crosses) {
    marks.next();
    ctx.moveTo(x - 4, y - 4);
    ctx.lineTo(x + 4, y + 4);
    ctx.moveTo(x - 4, y + 4);
    ctx.lineTo(x + 4, y - 4);
  }
  marks.end();
}

/** How much fainter than other lines a line on the wire since before the held stretch is. */
const WIRE_ALPHA = 0.5;

/** How far (px) past the plot's sides a line on the wire is still drawn. */
const CLIP_MARGIN = 8;

/**
 * The part of the line (x0, y0)–(x1, y1) between pixel columns `left` and `right`, or
 * null if none of it is. Pure.
 */
export function clipColumns(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  left: number,
  right: number,
): [number, number, number, number] | null {
  if (Math.max(x0, x1) < left || Math.min(x0, x1) > right) return null;
  const yAt = (x: number) => y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  const clamp = (x: number) => Math.min(right, Math.max(left, x));
  const [a, b] = [clamp(x0), clamp(x1)];
  return [a, a === x0 ? y0 : yAt(a), b, b === x1 ? y1 : yAt(b)];
}

/** How long (px) the dashed lead-in of a line entering from before the held stretch is. */
export const LEAD_IN = 24;

/**
 * Where the dashed lead-in of a line from (x0, y0) to (x1, y1) ends: LEAD_IN px along
 * it, or half way on a short line. Pure.
 */
export function leadIn(x0: number, y0: number, x1: number, y1: number): [number, number] {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const part = length > 0 ? Math.min(LEAD_IN, length / 2) / length : 0;
  return [x0 + (x1 - x0) * part, y0 + (y1 - y0) * part];
}

function arrowHead(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
): void {
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (length < 12) return;
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  // The tip stops at the dot's edge.
  const tipX = x1 - ux * radius;
  const tipY = y1 - uy * radius;
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(tipX - ux * 7 - uy * 3.5, tipY - uy * 7 + ux * 3.5);
  ctx.lineTo(tipX - ux * 7 + uy * 3.5, tipY - uy * 7 - ux * 3.5);
  // No closePath: fill() closes every subpath, and Chromium's closePath is slow.
}
