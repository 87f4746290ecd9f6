/**
 * The knowledge frontier drawn as a line: a staircase down the lanes that separates
 * what a node can know (left) from what it cannot know yet (right). On the node's own
 * lane it runs through the cursor; on another lane, through the latest event the node
 * has heard of (Mattern 1989, section 4: a consistent cut), or the lane's start.
 */
import { laneY } from '../drawing/geometry';

export type Point = readonly [x: number, y: number];

/**
 * The polyline's points, top to bottom. `latestX[h]` is the pixel x of the latest event
 * on lane h the node can know about, or null if it knows none; lanes are `height` px
 * tall. Pure; O(lanes).
 */
export function frontierPoints(
  latestX: readonly (number | null)[],
  ownLane: number,
  cursorX: number,
  startX: number,
  height: number,
): Point[] {
  const points: Point[] = [];
  latestX.forEach((x, lane) => {
    const at = lane === ownLane ? cursorX : (x ?? startX);
    const middle = laneY(lane, height);
    points.push([at, middle - height / 2], [at, middle + height / 2]);
  });
  return points;
}

/** An SVG path through the points, or '' for none. Pure. */
export function polylinePath(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
}

/**
 * The region left of the staircase, closed along the plot's left edge: what the node
 * can know, for shading. Pure.
 */
export function frontierRegion(points: readonly Point[], startX: number): Point[] {
  if (points.length === 0) return [];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return [[startX, first[1]], ...points, [startX, last[1]]];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
