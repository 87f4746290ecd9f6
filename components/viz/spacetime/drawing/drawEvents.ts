/**
 * Events on the space-time canvas: dots (merged into capsules where they crowd), their
 * tones for cones and knowledge, crash and restart marks, and clock labels. Each takes
 * the visible event ids (see culling.ts) and batches its shapes (see pathBatch.ts).
 */
import { inFuture, inPast, knows } from '../data/eventLayout';
import { dotRadius, eventX, laneY } from './geometry';
import { PathBatch } from './pathBatch';
import type { Scene } from './scene';
import { vectorLabel } from '../queries/spaceTimeText';
import { toneColor, TONES, type Tone } from '../../theme/laneTones';

function eventTone(scene: Scene, id: number): Tone {
  const { layout } = scene.data;
  const s = scene.selected;
  if (s !== null && s < scene.seen.count && id !== s) {
    if (inPast(layout, s, id)) return 'past';
    if (inFuture(layout, s, id)) return 'future';
  }
  if (scene.knowledge && knows(layout, scene.knowledge.clock, id)) return 'known';
  return 'plain';
}

/** Dots whose centres are this close (px) merge into one run: the waist between two is 0.13 px thin. */
const RUN_GAP = 2;

/** Neighbouring dots of one lane, tone and shape, drawn as one shape from x0 to x1. */
interface DotRun {
  readonly y: number;
  readonly local: boolean;
  x0: number;
  x1: number;
}

/**
 * Event dots, in short paths per tone. Zoomed out, thousands of events share a few
 * pixels: dots on one lane within RUN_GAP px of each other, in the same tone and shape,
 * are drawn as one capsule (or bar, for squares), which looks the same as the dots it
 * covers and costs one shape however many there are (rings for selection and focus are
 * on the SVG).
 */
export function drawEvents(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  ids: readonly number[],
): void {
  const { scale, palette, data } = scene;
  const { layout, events } = data;
  const radius = dotRadius(scene.laneHeight);
  const crashes: number[] = [];
  const byTone = new Map<Tone, DotRun[]>(TONES.map((tone) => [tone, []]));
  const open = new Map<number, DotRun>();
  for (const id of ids) {
    const event = events[id]!;
    const local = event.kind === 'local';
    if (local && (event.label === 'crash' || event.label === 'restart')) {
      crashes.push(id);
      continue;
    }
    const tone = eventTone(scene, id);
    const x = eventX(scale, layout, id);
    const lane = layout.lane[id]!;
    const key = (lane * TONES.length + TONES.indexOf(tone)) * 2 + (local ? 1 : 0);
    const run = open.get(key);
    if (run && x >= run.x0 - RUN_GAP && x <= run.x1 + RUN_GAP) {
      run.x0 = Math.min(run.x0, x);
      run.x1 = Math.max(run.x1, x);
      continue;
    }
    const next: DotRun = { y: laneY(lane, scene.laneHeight), local, x0: x, x1: x };
    open.set(key, next);
    byTone.get(tone)!.push(next);
  }
  for (const tone of TONES) {
    const runs = byTone.get(tone)!;
    if (runs.length === 0) continue;
    ctx.fillStyle = tone === 'plain' ? palette.fg : toneColor(palette, tone);
    const dots = new PathBatch(ctx, 'fill');
    for (const run of runs) {
      dots.next();
      dotRun(ctx, run, radius);
    }
    dots.end();
  }
  drawCrashes(ctx, scene, crashes);
}

/** A circle, or a capsule through several; local events are squares, or a bar. */
function dotRun(ctx: CanvasRenderingContext2D, { y, local, x0, x1 }: DotRun, r: number): void {
  if (local) {
    // Squares, so sends and receives (circles) stand apart.
    ctx.rect(x0 - r + 0.5, y - r + 0.5, x1 - x0 + 2 * r - 1, 2 * r - 1);
  } else if (x1 - x0 < 0.5) {
    ctx.moveTo(x0 + r, y);
    ctx.arc(x0, y, r, 0, 2 * Math.PI);
  } else {
    ctx.moveTo(x0, y - r);
    ctx.arc(x1, y, r, -Math.PI / 2, Math.PI / 2);
    ctx.arc(x0, y, r, Math.PI / 2, (3 * Math.PI) / 2);
    // No closePath: fill() closes the shape, and Chromium's closePath is slow.
  }
}

/** A crash is a cross on the lane, a restart a hollow ring. */
function drawCrashes(ctx: CanvasRenderingContext2D, scene: Scene, ids: readonly number[]): void {
  const { layout } = scene.data;
  ctx.strokeStyle = scene.palette.crash;
  ctx.lineWidth = 2.5;
  const marks = new PathBatch(ctx, 'stroke');
  for (const id of ids) {
    marks.next();
    const x = eventX(scene.scale, layout, id);
    const y = laneY(layout.lane[id]!, scene.laneHeight);
    if (scene.data.events[id]!.label === 'crash') {
      ctx.moveTo(x - 6, y - 6);
      ctx.lineTo(x + 6, y + 6);
      ctx.moveTo(x - 6, y + 6);
      ctx.lineTo(x + 6, y - 6);
    } else {
      ctx.moveTo(x + 6, y);
      ctx.arc(x, y, 6, 0, 2 * Math.PI);
    }
  }
  marks.end();
}

/** Clock labels above the dots, left to right per lane, skipping any that would overlap. */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  ids: readonly number[],
): void {
  const { layout } = scene.data;
  ctx.font = '10px ui-monospace, "Liberation Mono", monospace';
  ctx.fillStyle = scene.palette.fg;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  const freeFrom = new Map<number, number>();
  const sorted = [...ids].sort(
    (a, b) => eventX(scene.scale, layout, a) - eventX(scene.scale, layout, b),
  );
  for (const id of sorted) {
    const text =
      scene.clockLabels === 'vector'
        ? vectorLabel(layout.clockVector(id))
        : String(layout.lamport[id]);
    const x = eventX(scene.scale, layout, id);
    const half = ctx.measureText(text).width / 2;
    const lane = layout.lane[id]!;
    if (x - half < (freeFrom.get(lane) ?? -Infinity)) continue;
    ctx.fillText(text, x, laneY(lane, scene.laneHeight) - dotRadius(scene.laneHeight) - 3);
    freeFrom.set(lane, x + half + 4);
  }
}
