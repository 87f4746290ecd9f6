/**
 * The shapes of a partition on the ring: one wedge per node, tinted by the node's group,
 * and a boundary wherever neighbouring wedges belong to different groups. Pure.
 */
import { nodeAngle, RING_RADIUS, wedgePath } from './layout';
import { GROUP_VARS } from './theme/statusTones';

/** How far the regions reach from the centre (viewBox units). */
export const REGION_RADIUS = RING_RADIUS + 75;

export interface Wedge {
  readonly id: string;
  readonly d: string;
  readonly group: number;
  readonly fill: string;
}

export interface Boundary {
  /** The node clockwise before the boundary. */
  readonly id: string;
  readonly x2: number;
  readonly y2: number;
}

export function partitionShapes(
  ids: readonly string[],
  groups: readonly (readonly string[])[] | null,
): { wedges: Wedge[]; boundaries: Boundary[] } {
  if (!groups) return { wedges: [], boundaries: [] };
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => group.forEach((id) => groupOf.set(id, index)));
  const half = Math.PI / ids.length;
  const wedges = ids.map((id, index) => {
    const angle = nodeAngle(index, ids.length);
    const group = groupOf.get(id) ?? 0;
    return {
      id,
      d: wedgePath(angle - half, angle + half, REGION_RADIUS),
      group,
      fill: GROUP_VARS[group % GROUP_VARS.length]!,
    };
  });
  const boundaries: Boundary[] = [];
  ids.forEach((id, index) => {
    const next = ids[(index + 1) % ids.length]!;
    if (groupOf.get(id) === groupOf.get(next)) return;
    const angle = nodeAngle(index, ids.length) + half;
    boundaries.push({
      id,
      x2: REGION_RADIUS * Math.cos(angle),
      y2: REGION_RADIUS * Math.sin(angle),
    });
  });
  return { wedges, boundaries };
}
