/**
 * How a message moves across the cluster, as a pure function of virtual time, so that
 * seeking and stepping back put every dot exactly where it was.
 *
 * Travel is linear in time: a message covers its link at a constant speed, as it does in
 * a space-time diagram, so position never lies about when it was sent or delivered. D3
 * interpolates the point along the link (d3-interpolate) and eases only the visual
 * envelope (d3-ease): a dot grows in just after it is sent and shrinks just before it
 * arrives, and a lost message's cross fades out. With reduced motion the envelope is flat.
 */
import { easeCubicIn, easeCubicOut } from 'd3-ease';
import { interpolateObject } from 'd3-interpolate';
import type { Micros } from '@/sim/core';
import { trimmedLink, type Point } from './layout';

/** The share of a message's travel over which its dot grows in, and again shrinks. */
export const ENVELOPE_EDGE = 0.15;
/** A dot's size at the instants it is sent and delivered, as a share of its full size. */
export const ENVELOPE_MIN = 0.45;
/** A lost message's cross never fades below this opacity while it is shown. */
export const LOST_MIN_OPACITY = 0.15;

/** How far along its link a message is at `now`: 0 when sent, 1 when delivered. Linear. */
export function travelled(sentAt: Micros, deliverAt: Micros, now: Micros): number {
  const span = deliverAt - sentAt || 1;
  return Math.min(1, Math.max(0, (now - sentAt) / span));
}

/** The dot's size, as a share of its full size, at `t` of its travel. */
export function envelope(t: number, reducedMotion: boolean): number {
  if (reducedMotion) return 1;
  const edge = Math.min(t, 1 - t);
  if (edge >= ENVELOPE_EDGE) return 1;
  return ENVELOPE_MIN + (1 - ENVELOPE_MIN) * easeCubicOut(Math.max(0, edge) / ENVELOPE_EDGE);
}

/** A lost message's cross opacity, `fresh` going from 1 (just lost) to 0. */
export function lostOpacity(fresh: number, reducedMotion: boolean): number {
  if (reducedMotion) return 1;
  const clamped = Math.min(1, Math.max(0, fresh));
  return Math.max(LOST_MIN_OPACITY, 1 - easeCubicIn(1 - clamped));
}

type PathAt = (t: number) => Point;

/**
 * The path of each link between two node circles (trimmed by `inset` at both ends), as a
 * d3 interpolator made once per link and layout. An object interpolator fills the same
 * point on every call, so a frame with thousands of dots allocates nothing: read the
 * point before asking for the next one.
 */
export class LinkPaths {
  private paths = new WeakMap<Point, WeakMap<Point, PathAt>>();
  private inset = Number.NaN;

  at(from: Point, to: Point, inset: number, t: number): Point {
    if (inset !== this.inset) {
      this.paths = new WeakMap();
      this.inset = inset;
    }
    let fromHere = this.paths.get(from);
    if (!fromHere) {
      fromHere = new WeakMap();
      this.paths.set(from, fromHere);
    }
    let path = fromHere.get(to);
    if (!path) {
      path = linkPath(from, to, inset);
      fromHere.set(to, path);
    }
    return path(t);
  }
}

/** The interpolator from `from`'s rim to `to`'s rim: t = 0 and 1 give them exactly. */
export function linkPath(from: Point, to: Point, inset: number): PathAt {
  const [start, end] = trimmedLink(from, to, inset);
  return interpolateObject(start, end);
}
