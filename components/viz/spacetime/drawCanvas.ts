/**
 * Paints the bulk of the diagram on a canvas: cone and knowledge shading, lanes with
 * their gaps, message lines, event dots and clock labels. Only what the window shows
 * is touched (see culling.ts), and shapes of one style go into short paths (see
 * pathBatch.ts), so a frame costs O(visible) canvas calls however long the run.
 */
import { visibleSlice } from './culling';
import { drawSegments } from './drawMessages';
import { inFuture, inPast, knows } from './eventLayout';
import {
  DOT_RADIUS,
  eventX,
  HIT_RADIUS,
  LANE_HEIGHT,
  laneY,
  RANK_GAP,
  RIGHT,
  TOP,
  unitsPerPixel,
} from './geometry';
import { firstInFuture, lastInPast } from './laneSearch';
import { visibleSegments } from './messageSegments';
import { PathBatch } from './pathBatch';
import type { Painted, Scene } from './scene';
import type { SpaceTimeData } from './spaceTimeData';
import { vectorLabel } from './spaceTimeText';
import { toneColor, TONES, type Tone } from './tones';
import type { TimeWindow } from './viewWindow';

/** Past this many visible events, clock labels would overlap into noise. */
const LABEL_BUDGET = 300;
const TINT = 0.16;

export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene): Painted {
  const lanes = scene.data.hosts.length;
  const right = scene.width - RIGHT;
  ctx.clearRect(0, 0, scene.width, TOP + lanes * LANE_HEIGHT + 1);
  ctx.save();
  ctx.beginPath();
  ctx.rect(scene.left - RANK_GAP, TOP, right - scene.left + 2 * RANK_GAP, lanes * LANE_HEIGHT);
  ctx.clip();
  drawBands(ctx, scene, right);
  drawLanes(ctx, scene, right);
  const pad = (scene.data.layout.maxRank * RANK_GAP + HIT_RADIUS) * unitsPerPixel(scene.scale);
  const segments = visibleSegments(scene.data, scene.seen, scene.window, pad);
  drawSegments(ctx, scene, segments);
  const ids = visibleEvents(scene.data, scene.seen.count, scene.window, pad);
  drawEvents(ctx, scene, ids);
  const labelled = scene.clockLabels !== null && ids.length <= LABEL_BUDGET;
  if (labelled) drawLabels(ctx, scene, ids);
  ctx.restore();
  return { segments, labelled };
}

/** The ids of visible events in the window (widened by `pad` axis units). Pure. */
export function visibleEvents(
  data: SpaceTimeData,
  count: number,
  window: TimeWindow,
  pad: number,
): number[] {
  const limit = data.order === null ? count : data.sortedX.length;
  const [start, end] = visibleSlice(data.sortedX, limit, window.start - pad, window.end + pad);
  const ids: number[] = [];
  for (let i = start; i < end; i++) {
    const id = data.order === null ? i : data.order[i]!;
    if (id < count) ids.push(id);
  }
  return ids;
}

function laneRect(ctx: CanvasRenderingContext2D, lane: number, x0: number, x1: number): void {
  if (x1 > x0) ctx.rect(x0, TOP + lane * LANE_HEIGHT + 1, x1 - x0, LANE_HEIGHT - 2);
}

function drawBands(ctx: CanvasRenderingContext2D, scene: Scene, right: number): void {
  const { data, scale, palette, seen } = scene;
  const { layout } = data;
  const lanes = data.hosts.length;
  if (scene.highlightLane >= 0) {
    ctx.globalAlpha = 0.1;
    ctx.fillStyle = palette.accent;
    ctx.beginPath();
    laneRect(ctx, scene.highlightLane, scene.left, right);
    ctx.fill();
  }
  const s = scene.selected;
  if (s !== null && s < seen.count) {
    // Past band: up to the latest event each lane has passed on to s.
    const futureEnd = data.live ? Math.min(right, scale(seen.cursor)) : right;
    ctx.globalAlpha = TINT;
    ctx.fillStyle = palette.past;
    ctx.beginPath();
    for (let lane = 0; lane < lanes; lane++) {
      const last = lastInPast(layout, lane, s);
      if (last !== null) laneRect(ctx, lane, scene.left, eventX(scale, layout, last));
    }
    ctx.fill();
    // Future band: from the first event on each lane that s can influence.
    ctx.fillStyle = palette.future;
    ctx.beginPath();
    for (let lane = 0; lane < lanes; lane++) {
      const first = lane === layout.lane[s] ? s : firstInFuture(layout, lane, s, seen.count);
      if (first !== null) laneRect(ctx, lane, eventX(scale, layout, first), futureEnd);
    }
    ctx.fill();
  }
  if (scene.knowledge !== null && scene.knowledge.region.length > 0) {
    ctx.globalAlpha = TINT;
    ctx.fillStyle = palette.known;
    ctx.beginPath();
    scene.knowledge.region.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}

/** Lane lines from the start to the cursor (or the last event), broken while a node is down. */
function drawLanes(ctx: CanvasRenderingContext2D, scene: Scene, right: number): void {
  const { data, scale, palette, seen } = scene;
  const end = data.live ? seen.cursor : scene.window.end;
  const endX = Math.min(right, scale(end));
  ctx.strokeStyle = palette.lane;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  data.hosts.forEach((host, lane) => {
    const y = laneY(lane);
    let x = Math.max(scene.left, scale(0));
    for (const down of data.downtime) {
      if (down.host !== host || down.from > end) continue;
      ctx.moveTo(x, y);
      ctx.lineTo(Math.min(endX, scale(down.from)), y);
      x = down.to === null || down.to > end ? Infinity : scale(down.to);
    }
    if (x < endX) {
      ctx.moveTo(x, y);
      ctx.lineTo(endX, y);
    }
  });
  ctx.stroke();
}

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
  readonly lane: number;
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
function drawEvents(ctx: CanvasRenderingContext2D, scene: Scene, ids: readonly number[]): void {
  const { scale, palette, data } = scene;
  const { layout, events } = data;
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
    const next: DotRun = { lane, local, x0: x, x1: x };
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
      dotRun(ctx, run);
    }
    dots.end();
  }
  drawCrashes(ctx, scene, crashes);
}

/** A circle, or a capsule through several; local events are squares, or a bar. */
function dotRun(ctx: CanvasRenderingContext2D, { lane, local, x0, x1 }: DotRun): void {
  const y = laneY(lane);
  const r = DOT_RADIUS;
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
    const y = laneY(layout.lane[id]!);
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
function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, ids: readonly number[]): void {
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
      scene.clockLabels === 'vector' ? vectorLabel(layout.clocks[id]!) : String(layout.lamport[id]);
    const x = eventX(scene.scale, layout, id);
    const half = ctx.measureText(text).width / 2;
    const lane = layout.lane[id]!;
    if (x - half < (freeFrom.get(lane) ?? -Infinity)) continue;
    ctx.fillText(text, x, laneY(lane) - DOT_RADIUS - 3);
    freeFrom.set(lane, x + half + 4);
  }
}
