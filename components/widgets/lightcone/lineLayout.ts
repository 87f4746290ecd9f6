/**
 * The soldier, the sniper and the observers drawn where they stand: on one line, to
 * scale, so that the gap between two nodes on screen is the time a message takes between
 * them (the scenario's latencies are exactly these distances; see geometry.ts). Nodes
 * that stand too close to be told apart, such as observers all at the midpoint, are
 * stacked upwards at the same x.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { typedParams, type ParamValues } from '@/sim/core';
import { mutualVisibilityParams, positionOf } from '@/sim/scenarios/light-cones';
import {
  clusterGeometry,
  VIEW_SIZE,
  type ClusterTopology,
  type Point,
} from '@/components/viz/layout';

/** Room at each end of the line for a node and its axis label, in viewBox units. */
const MARGIN = 64;
/** The line the nodes stand on. Stacked nodes rise above it; the axis sits below. */
export const LINE_Y = 380;
/** Space kept between two nodes side by side on one row, beyond their diameters. */
const ROW_GAP = 8;

/** Microseconds of travel from the soldier → x in viewBox units. Pure. */
export function lineScale(params: ParamValues): ScaleLinear<number, number> {
  const { distance } = typedParams(mutualVisibilityParams, params);
  return scaleLinear()
    .domain([0, distance])
    .range([MARGIN, VIEW_SIZE - MARGIN]);
}

/**
 * Points for `ids` at their places on the line. A node goes on the lowest row where it
 * clears the previous node on that row; ties in x keep the order of `ids`. Pure.
 */
export function linePoints(ids: readonly string[], params: ParamValues): Point[] {
  const x = lineScale(params);
  const radius = clusterGeometry(ids.length).nodeRadius;
  const order = ids
    .map((id, index) => ({ index, x: x(positionOf(id, params)) }))
    .sort((a, b) => a.x - b.x || a.index - b.index);
  const rowEnds: number[] = [];
  const points: Point[] = new Array<Point>(ids.length);
  for (const node of order) {
    let row = rowEnds.findIndex((end) => node.x - end >= 2 * radius + ROW_GAP);
    if (row < 0) row = rowEnds.push(node.x) - 1;
    else rowEnds[row] = node.x;
    points[node.index] = { x: node.x, y: LINE_Y - row * (2 * radius + 2 * ROW_GAP) };
  }
  return points;
}

/** The cluster as a line: every pair still talks, each link as long as its latency. Pure. */
export function lineTopology(params: ParamValues): ClusterTopology {
  return { layout: (ids) => linePoints(ids, params), linked: () => true, ringRegions: false };
}

/**
 * Where to draw a partition on the line: the x halfway between each pair of neighbours
 * (in x order) that sit in different groups and at different places. Pure.
 */
export function lineCuts(
  groups: readonly (readonly string[])[],
  positions: ReadonlyMap<string, Point>,
): number[] {
  const groupOf = new Map<string, number>();
  groups.forEach((group, g) => group.forEach((id) => groupOf.set(id, g)));
  const nodes = [...positions].sort((a, b) => a[1].x - b[1].x);
  const cuts: number[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const [a, pa] = nodes[i - 1]!;
    const [b, pb] = nodes[i]!;
    if (pa.x !== pb.x && groupOf.get(a) !== groupOf.get(b)) cuts.push((pa.x + pb.x) / 2);
  }
  return cuts;
}
