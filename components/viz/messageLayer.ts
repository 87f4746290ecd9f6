/**
 * Per-frame drawing of messages in flight and of recently lost messages, on a <canvas>
 * laid over the cluster's SVG. Called from the player's frame loop: positions go into
 * reused typed arrays and one path is filled, so motion costs no DOM or React work and
 * no garbage, even with thousands of messages on the wire.
 */
import {
  type Micros,
  type Simulation,
  type TraceEntry,
  type TraceReader,
  typeAt,
} from '@/sim/core';
import { along, VIEW_SIZE, type Point } from './layout';
import { envelope, LinkPaths, lostOpacity, travelled } from './messageMotion';
import type { SendIndex } from './sendIndex';
import { readPalette, type Palette } from './theme/palette';

/** Message positions, in viewBox units, and sizes (share of full size), in reused buffers. */
export class DotBuffer {
  count = 0;
  ids = new Float64Array(256);
  xs = new Float64Array(256);
  ys = new Float64Array(256);
  sizes = new Float64Array(256);

  push(id: number, x: number, y: number, size = 1): void {
    if (this.count === this.ids.length) {
      const grow = (old: Float64Array) => {
        const bigger = new Float64Array(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.ids = grow(this.ids);
      this.xs = grow(this.xs);
      this.ys = grow(this.ys);
      this.sizes = grow(this.sizes);
    }
    this.ids[this.count] = id;
    this.xs[this.count] = x;
    this.ys[this.count] = y;
    this.sizes[this.count] = size;
    this.count++;
  }
}

/** One path per link and layout, shared by every cluster drawn on the page. */
const paths = new LinkPaths();

/**
 * Where every in-flight message is at the simulation's current time, each on its link
 * between the two node circles (trimmed by `inset`), and how large its dot is drawn
 * (messageMotion.ts). A function of virtual time only; pure apart from filling `out`.
 */
export function messagePositions(
  sim: Simulation,
  positions: ReadonlyMap<string, Point>,
  inset: number,
  out: DotBuffer,
  reducedMotion = false,
): DotBuffer {
  const now = sim.now;
  out.count = 0;
  sim.forEachInFlight((message) => {
    const from = positions.get(message.from);
    const to = positions.get(message.to);
    if (!from || !to || message.sentAt > now) return;
    const t = travelled(message.sentAt, message.deliverAt, now);
    const point = paths.at(from, to, inset, t);
    out.push(message.id, point.x, point.y, envelope(t, reducedMotion));
  });
  return out;
}

export interface LostMark {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  /** 1 when just lost, fading to 0. */
  readonly fresh: number;
}

/**
 * Remembers the `drop` entries of the trace near the current instant. Each frame scans only
 * the entries added since the last one; after a jump it looks back over one window.
 */
export class DropTracker {
  private scanned = 0;
  private lastNow = -1;
  private drops: Extract<TraceEntry, { type: 'drop' }>[] = [];

  /** The drops within the last `window` µs. */
  recent(
    trace: TraceReader,
    end: number,
    now: Micros,
    window: Micros,
  ): readonly Extract<TraceEntry, { type: 'drop' }>[] {
    if (end < this.scanned || now < this.lastNow) {
      this.drops = [];
      let start = end;
      while (start > 0 && trace.at(start - 1)!.at >= now - window) start--;
      this.scanned = start;
    }
    const drops = this.drops;
    let i = this.scanned;
    for (; i < end; i++) {
      if (typeAt(trace, i) !== 'drop') continue;
      const entry = trace.at(i)!;
      if (entry.type === 'drop') drops.push(entry);
    }
    this.scanned = i;
    this.lastNow = now;
    if (this.drops.length > 0 && this.drops[0]!.at < now - window)
      this.drops = this.drops.filter((entry) => entry.at >= now - window);
    return this.drops;
  }
}

/** Messages lost within the last `window` µs, placed where they died. */
export function lostMarks(
  sim: Simulation,
  positions: ReadonlyMap<string, Point>,
  inset: number,
  sends: SendIndex,
  drops: DropTracker,
  window: Micros,
): LostMark[] {
  const marks: LostMark[] = [];
  const now = sim.now;
  for (const entry of drops.recent(sim.trace, sim.traceEnd, now, window)) {
    const send = sends.find(sim.trace, entry.id);
    const from = positions.get(entry.from);
    const to = positions.get(entry.to);
    if (!send || !from || !to) continue;
    const span = send.deliverAt - send.at || 1;
    const point = along(from, to, (entry.at - send.at) / span, inset);
    marks.push({ id: entry.id, x: point.x, y: point.y, fresh: 1 - (now - entry.at) / window });
  }
  return marks;
}

/** The id of the dot nearest (x, y) within `reach` viewBox units, or null. Pure. */
export function dotAt(dots: DotBuffer, x: number, y: number, reach: number): number | null {
  let best: number | null = null;
  let bestDistance = reach * reach;
  for (let i = 0; i < dots.count; i++) {
    const dx = dots.xs[i]! - x;
    const dy = dots.ys[i]! - y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = dots.ids[i]!;
    }
  }
  return best;
}

/** Below this radius on screen (device pixels), dots are drawn as squares. */
const TINY_DOT_PX = 3;

/**
 * Draws dots and lost marks on a canvas that covers the cluster's viewBox. Every dot is
 * the same picture, so it is drawn once into a small sprite and then copied to whole-pixel
 * positions: a copy is far cheaper than filling and stroking an anti-aliased circle.
 */
export class MessageCanvas {
  private palette: Palette;
  private readonly context: CanvasRenderingContext2D | null;
  private pixels = 0;
  private sprite: { canvas: HTMLCanvasElement; radius: number; pixels: number } | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {
    this.context = canvas.getContext('2d');
    this.palette = readPalette(canvas);
  }

  /** Re-reads the colours (after a change of colour scheme). */
  refreshPalette(): void {
    this.palette = readPalette(this.canvas);
    this.sprite = null;
  }

  /** The dot, drawn once at the current size and colours. */
  private dotSprite(radius: number): HTMLCanvasElement | null {
    if (this.sprite?.radius === radius && this.sprite.pixels === this.pixels)
      return this.sprite.canvas;
    const scale = this.pixels / VIEW_SIZE;
    const size = Math.ceil((2 * radius + 2) * scale) + 2;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(scale, 0, 0, scale, size / 2, size / 2);
    ctx.beginPath();
    ctx.arc(0, 0, radius, 0, 2 * Math.PI);
    ctx.fillStyle = this.palette.message;
    ctx.fill();
    // An outline that keeps overlapping dots apart, thinner on small dots.
    ctx.strokeStyle = this.palette.bg;
    ctx.lineWidth = Math.min(1.5, radius / 4);
    ctx.stroke();
    this.sprite = { canvas, radius, pixels: this.pixels };
    return canvas;
  }

  /** Matches the backing store to the canvas's size on screen, in device pixels. */
  resize(cssWidth: number, ratio: number): void {
    const pixels = Math.max(1, Math.round(cssWidth * ratio));
    if (pixels === this.pixels) return;
    this.pixels = pixels;
    this.canvas.width = pixels;
    this.canvas.height = pixels;
  }

  draw(
    dots: DotBuffer,
    marks: readonly LostMark[],
    radius: number,
    fade: boolean,
    highlighted: number | null,
  ): void {
    const ctx = this.context;
    if (!ctx || this.pixels === 0) return;
    const { palette } = this;
    const scale = this.pixels / VIEW_SIZE;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.pixels, this.pixels);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    let highlight = -1;
    const tiny = radius * scale < TINY_DOT_PX;
    if (tiny && dots.count > 0) {
      // A few pixels across, a square reads as a dot: one path of squares, one fill.
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const side = Math.max(2, Math.round(2 * radius * scale));
      const half = side / 2;
      ctx.beginPath();
      for (let i = 0; i < dots.count; i++) {
        if (dots.ids[i] === highlighted) highlight = i;
        const size = dots.sizes[i]!;
        const edge = size === 1 ? side : Math.max(1, Math.round(side * size));
        const offset = size === 1 ? half : edge / 2;
        ctx.rect(
          Math.round(dots.xs[i]! * scale - offset),
          Math.round(dots.ys[i]! * scale - offset),
          edge,
          edge,
        );
      }
      ctx.fillStyle = palette.message;
      ctx.fill();
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
    }
    const sprite = !tiny && dots.count > 0 ? this.dotSprite(radius) : null;
    if (sprite) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const half = sprite.width / 2;
      for (let i = 0; i < dots.count; i++) {
        if (dots.ids[i] === highlighted) highlight = i;
        const size = dots.sizes[i]!;
        const x = dots.xs[i]! * scale;
        const y = dots.ys[i]! * scale;
        // Full size (most dots): a whole-pixel copy; growing or shrinking: a scaled one.
        if (size === 1) ctx.drawImage(sprite, Math.round(x - half), Math.round(y - half));
        else {
          const width = sprite.width * size;
          ctx.drawImage(sprite, x - width / 2, y - width / 2, width, width);
        }
      }
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
    }
    if (highlight >= 0) {
      ctx.beginPath();
      ctx.arc(dots.xs[highlight]!, dots.ys[highlight]!, radius + 1, 0, 2 * Math.PI);
      ctx.fillStyle = palette.message;
      ctx.fill();
      ctx.strokeStyle = palette.accent;
      ctx.lineWidth = 4;
      ctx.stroke();
    }
    if (marks.length > 0) {
      ctx.strokeStyle = palette.bad;
      ctx.lineWidth = 3.5;
      ctx.lineCap = 'round';
      for (const mark of marks) {
        ctx.globalAlpha = lostOpacity(mark.fresh, !fade);
        ctx.beginPath();
        ctx.moveTo(mark.x - radius, mark.y - radius);
        ctx.lineTo(mark.x + radius, mark.y + radius);
        ctx.moveTo(mark.x - radius, mark.y + radius);
        ctx.lineTo(mark.x + radius, mark.y - radius);
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
    }
  }
}
