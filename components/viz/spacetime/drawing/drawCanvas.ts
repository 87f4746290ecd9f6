/**
 * Paints the bulk of the diagram on a canvas: cone and knowledge shading, lanes with
 * their gaps, message lines, event dots and clock labels. Only what the window shows
 * is touched (see culling.ts), and shapes of one style go into short paths (see
 * pathBatch.ts), so a frame costs O(visible) canvas calls however long the run.
 */
import { visibleSlice } from '../queries/culling';
import { drawEvents, drawLabels } from './drawEvents';
import { drawSegments } from './drawMessages';
import { eventX, HIT_RADIUS, laneY, RANK_GAP, RIGHT, TOP, unitsPerPixel } from './geometry';
import { firstInFuture, lastInPast } from '../queries/laneSearch';
import {
  segmentCopy,
  visibleSegments,
  type Segment,
  type Visibility,
} from '../queries/messageSegments';
import type { Painted, Scene } from './scene';
import type { SpaceTimeData } from '../data/spaceTimeData';
import type { TimeWindow } from './viewWindow';

/** Past this many visible events, clock labels would overlap into noise. */
const LABEL_BUDGET = 300;
const TINT = 0.16;

export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene): Painted {
  return drawWhole(ctx, scene, false);
}

/**
 * The live view draws on two canvases, so a frame does not repaint the whole run.
 *
 * The settled layer (on top) holds what can no longer change at a given instant, its
 * `base`: lanes up to it, messages delivered or lost by then, events up to then. It is
 * drawn in full when the window, the size or a choice changes, and otherwise grows by
 * what settled since (`drawSettledSince`), a few times a second.
 *
 * The moving layer (underneath, so its tints stay under the dots) is cleared and drawn
 * every time the picture moves: shading, lane tips from `base` to the cursor, messages
 * not settled at `base` (on the wire, or delivered or lost since), and events since
 * `base`. Its cost follows the message rate and the in-flight count, not the run's length.
 */

/** Whether `segment` was already final at `base`: delivered or lost by then. Pure. */
export function settledAt(data: SpaceTimeData, segment: Segment, base: Visibility): boolean {
  if (segment.state === 'delivered') return segment.receive < base.count;
  if (segment.state === 'dropped') {
    const drop = segmentCopy(data, segment)?.drop;
    return drop !== null && drop !== undefined && drop.traceIndex < base.traceEnd;
  }
  return false;
}

/** Where on the axis anything that happened after `base` can start. Pure. */
function sinceX(data: SpaceTimeData, base: Visibility): number {
  const last = base.count > 0 ? data.layout.x[base.count - 1]! : 0;
  return Math.min(base.cursor, last);
}

/** Segments in the window that were not settled at `base`. Pure; O(copies since base). */
export function unsettledSegments(scene: Scene, base: Visibility, pad: number): Segment[] {
  const window = {
    start: Math.max(scene.window.start, sinceX(scene.data, base)),
    end: scene.window.end,
  };
  if (window.start > window.end + pad) return [];
  return visibleSegments(scene.data, scene.seen, window, pad).filter(
    (segment) => !settledAt(scene.data, segment, base),
  );
}

/** Event ids in [from, to) inside the window widened by `pad`. Pure. */
function eventsBetween(
  data: SpaceTimeData,
  from: number,
  to: number,
  window: TimeWindow,
  pad: number,
) {
  const ids: number[] = [];
  for (let id = from; id < to; id++) {
    const x = data.layout.x[id]!;
    if (x >= window.start - pad && x <= window.end + pad) ids.push(id);
  }
  return ids;
}

function eventPad(scene: Scene): number {
  return (scene.data.layout.maxRank * RANK_GAP + HIT_RADIUS) * unitsPerPixel(scene.scale);
}

function clipPlot(ctx: CanvasRenderingContext2D, scene: Scene, right: number): void {
  const height = scene.data.hosts.length * scene.laneHeight;
  ctx.beginPath();
  ctx.rect(scene.left - RANK_GAP, TOP, right - scene.left + 2 * RANK_GAP, height);
  ctx.clip();
}

/** Lanes only between two pixel columns (whole pixels, so pieces drawn apart meet exactly). */
function lanesBetween(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  right: number,
  x0: number,
  x1: number,
) {
  if (x1 <= x0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x0, 0, x1 - x0, TOP + scene.data.hosts.length * scene.laneHeight);
  ctx.clip();
  drawLanes(ctx, scene, right);
  ctx.restore();
}

/** The pixel column where the lanes of a live run stop at `cursor`. */
function laneEnd(scene: Scene, cursor: number, right: number): number {
  return Math.round(Math.min(right, scene.scale(cursor)));
}

/**
 * The settled layer in full: what `scene.seen` had settled, without shading or
 * anything still moving. Returns the segments drawn (for hit testing).
 */
export function drawSettled(ctx: CanvasRenderingContext2D, scene: Scene): Painted {
  return drawWhole(ctx, scene, true);
}

/** Everything the window shows on one canvas, or (`settledOnly`) the settled layer. */
function drawWhole(ctx: CanvasRenderingContext2D, scene: Scene, settledOnly: boolean): Painted {
  const lanes = scene.data.hosts.length;
  const right = scene.width - RIGHT;
  ctx.clearRect(0, 0, scene.width, TOP + lanes * scene.laneHeight + 1);
  ctx.save();
  clipPlot(ctx, scene, right);
  if (!settledOnly) drawBands(ctx, scene, right);
  if (settledOnly && scene.data.live)
    lanesBetween(ctx, scene, right, 0, laneEnd(scene, scene.seen.cursor, right));
  else drawLanes(ctx, scene, right);
  const pad = eventPad(scene);
  const segments = visibleSegments(scene.data, scene.seen, scene.window, pad).filter(
    (segment) => !settledOnly || segment.state !== 'inflight',
  );
  drawSegments(ctx, scene, segments);
  const ids = visibleEvents(scene.data, scene.seen.count, scene.window, pad);
  drawEvents(ctx, scene, ids);
  const labelled = scene.clockLabels !== null && ids.length <= LABEL_BUDGET;
  if (labelled) drawLabels(ctx, scene, ids);
  ctx.restore();
  return { segments, labelled };
}

/**
 * Adds to the settled layer what settled between `from` and `scene.seen` (same window,
 * scale and choices; no clock labels). The send dots of new lines are drawn again, so
 * lines stay under dots. Returns the segments added. O(what happened since `from`).
 */
export function drawSettledSince(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  from: Visibility,
): Segment[] {
  ctx.save();
  clipPlot(ctx, scene, scene.width - RIGHT);
  const segments = drawSince(ctx, scene, from, true);
  ctx.restore();
  return segments;
}

/**
 * Lane pieces, message lines and events from `from` to `scene.seen`: only what settled
 * (with the send dots of new lines again, so lines stay under dots), or everything.
 */
function drawSince(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  from: Visibility,
  settledOnly: boolean,
): Segment[] {
  const right = scene.width - RIGHT;
  const x0 = laneEnd(scene, from.cursor, right);
  lanesBetween(ctx, scene, right, x0, laneEnd(scene, scene.seen.cursor, right));
  const pad = eventPad(scene);
  const segments = unsettledSegments(scene, from, pad).filter(
    (segment) => !settledOnly || segment.state !== 'inflight',
  );
  drawSegments(ctx, scene, segments);
  const ids = eventsBetween(scene.data, from.count, scene.seen.count, scene.window, pad);
  if (settledOnly)
    for (const segment of segments)
      if (segment.send >= 0 && segment.send < from.count) ids.push(segment.send);
  drawEvents(ctx, scene, ids);
  return segments;
}

/**
 * The moving layer: shading, and everything after `base` up to `scene.seen`. Returns
 * the segments drawn (for hit testing).
 */
export function drawMoving(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  base: Visibility,
): Segment[] {
  const lanes = scene.data.hosts.length;
  const right = scene.width - RIGHT;
  ctx.clearRect(0, 0, scene.width, TOP + lanes * scene.laneHeight + 1);
  ctx.save();
  clipPlot(ctx, scene, right);
  drawBands(ctx, scene, right);
  const segments = scene.data.live ? drawSince(ctx, scene, base, false) : [];
  ctx.restore();
  return segments;
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

function laneRect(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  lane: number,
  x0: number,
  x1: number,
): void {
  // A 1 px gap between tinted lanes, while lanes are tall enough to spare it.
  const gap = scene.laneHeight > 6 ? 1 : 0;
  const y = TOP + lane * scene.laneHeight + gap;
  if (x1 > x0) ctx.rect(x0, y, x1 - x0, scene.laneHeight - 2 * gap);
}

function drawBands(ctx: CanvasRenderingContext2D, scene: Scene, right: number): void {
  const { data, scale, palette, seen } = scene;
  const { layout } = data;
  const lanes = data.hosts.length;
  if (scene.highlightLane >= 0) {
    ctx.globalAlpha = 0.1;
    ctx.fillStyle = palette.accent;
    ctx.beginPath();
    laneRect(ctx, scene, scene.highlightLane, scene.left, right);
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
      if (last !== null) laneRect(ctx, scene, lane, scene.left, eventX(scale, layout, last));
    }
    ctx.fill();
    // Future band: from the first event on each lane that s can influence.
    ctx.fillStyle = palette.future;
    ctx.beginPath();
    for (let lane = 0; lane < lanes; lane++) {
      const first = lane === layout.lane[s] ? s : firstInFuture(layout, lane, s, seen.count);
      if (first !== null) laneRect(ctx, scene, lane, eventX(scale, layout, first), futureEnd);
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
  ctx.lineWidth = scene.laneHeight > 6 ? 1.5 : 1;
  ctx.beginPath();
  data.hosts.forEach((host, lane) => {
    const y = laneY(lane, scene.laneHeight);
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
