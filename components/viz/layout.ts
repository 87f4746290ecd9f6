/**
 * Geometry shared by the cluster views: nodes on a circle, n1 at the top, clockwise.
 * Coordinates are in the SVG's viewBox units.
 */
export const VIEW_SIZE = 600;
export const CENTER = VIEW_SIZE / 2;
export const RING_RADIUS = 210;
/** A node's radius while there is room for it: up to 9 nodes. */
export const NODE_RADIUS = 34;
/** A message dot's radius at that size. */
export const DOT_RADIUS = 7;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * A cluster that is not a ring: where its nodes sit and which pairs talk. A scenario's
 * widget passes one to the cluster view; without it, nodes sit on the ring and every
 * pair is linked.
 */
export interface ClusterTopology {
  /** Positions in viewBox units, in the order of `ids`. Pure. */
  layout(ids: readonly string[]): readonly Point[];
  /** Whether a and b exchange messages, so a link is drawn between them. Pure. */
  linked(a: string, b: string): boolean;
  /**
   * False when partitions are not to be drawn as the ring's wedges, because the nodes do
   * not sit on the ring; the widget then draws them itself (in its overlay).
   */
  readonly ringRegions?: boolean;
}

/** The angle (radians, 0 = right, clockwise) of node `index` of `count`. Pure. */
export function nodeAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** Positions of `count` nodes on the ring. Pure. */
export function ringLayout(count: number): Point[] {
  return Array.from({ length: count }, (_, index) => {
    const angle = nodeAngle(index, count);
    return { x: CENTER + RING_RADIUS * Math.cos(angle), y: CENTER + RING_RADIUS * Math.sin(angle) };
  });
}

/**
 * Sizes for a cluster of `count` nodes: nodes shrink to keep a gap between neighbours on
 * the ring; past about 20 nodes labels move outside the ring and only every `labelEvery`-th
 * node is named (the buttons keep every name). Pure.
 */
export interface ClusterGeometry {
  readonly points: readonly Point[];
  readonly nodeRadius: number;
  readonly dotRadius: number;
  /** Where a link or a message starts and ends, from a node's centre. */
  readonly inset: number;
  /** Labels inside the node circles, or outside the ring. */
  readonly labelsInside: boolean;
  readonly labelSize: number;
  readonly labelEvery: number;
}

/** Below this radius a label no longer fits inside its node. */
const MIN_INSIDE_RADIUS = 14;
/** Outside labels are at least this far apart along the ring (viewBox units). */
const MIN_LABEL_SPACING = 30;

export function clusterGeometry(count: number): ClusterGeometry {
  const spacing = (2 * Math.PI * RING_RADIUS) / Math.max(1, count);
  const nodeRadius = Math.min(NODE_RADIUS, Math.max(4, 0.4 * spacing));
  const labelsInside = nodeRadius >= MIN_INSIDE_RADIUS;
  const labelEvery = labelsInside
    ? 1
    : ([1, 2, 5, 10, 20].find((step) => step * spacing >= MIN_LABEL_SPACING) ?? 20);
  return {
    points: ringLayout(count),
    nodeRadius,
    dotRadius: Math.min(DOT_RADIUS, Math.max(2.5, nodeRadius / 4)),
    inset: nodeRadius + 4,
    labelsInside,
    labelSize: labelsInside ? Math.min(22, Math.max(12, nodeRadius * 0.65)) : 13,
    labelEvery,
  };
}

/** The start and end of a link between two node centres, trimmed to the node circles. Pure. */
export function trimmedLink(from: Point, to: Point, inset = NODE_RADIUS + 4): [Point, Point] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  return [
    { x: from.x + ux * inset, y: from.y + uy * inset },
    { x: to.x - ux * inset, y: to.y - uy * inset },
  ];
}

/** The point a fraction `f` of the way along a link. Pure. */
export function along(from: Point, to: Point, f: number, inset = NODE_RADIUS + 4): Point {
  const [start, end] = trimmedLink(from, to, inset);
  const t = Math.min(1, Math.max(0, f));
  return { x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t };
}

/** Which side of the line a→b the point p is on: +1, -1 (or 0 on the line). Pure. */
export function sideOf(a: Point, b: Point, p: Point): number {
  return Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
}

/**
 * Splits groups by a cut line: each group becomes its members on either side. Nodes
 * start in one group when there is no partition yet. Returns null if the line separates
 * nothing. Pure.
 */
export function splitByLine(
  groups: readonly (readonly string[])[],
  positions: ReadonlyMap<string, Point>,
  a: Point,
  b: Point,
): string[][] | null {
  const result: string[][] = [];
  let split = false;
  for (const group of groups) {
    const left = group.filter((id) => sideOf(a, b, positions.get(id)!) >= 0);
    const right = group.filter((id) => sideOf(a, b, positions.get(id)!) < 0);
    if (left.length > 0 && right.length > 0) split = true;
    for (const part of [left, right]) if (part.length > 0) result.push(part);
  }
  return split ? result : null;
}

/**
 * An SVG path for a pie wedge centred on the origin, from angle `start` to `end` (radians,
 * 0 = right, clockwise, as `nodeAngle`). A span of a full turn or more is a whole disc.
 * Pure.
 */
export function wedgePath(start: number, end: number, radius: number): string {
  const point = (angle: number) =>
    `${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`;
  const span = end - start;
  if (span >= 2 * Math.PI - 1e-9)
    return `M${point(start)}A${radius},${radius},0,1,1,${point(start + Math.PI)}A${radius},${radius},0,1,1,${point(start)}Z`;
  const large = span > Math.PI ? 1 : 0;
  return `M0,0L${point(start)}A${radius},${radius},0,${large},1,${point(end)}Z`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
