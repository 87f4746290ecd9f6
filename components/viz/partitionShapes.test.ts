import { describe, expect, it } from 'vitest';
import { partitionShapes, REGION_RADIUS } from './partitionShapes';
import { GROUP_VARS } from './theme/statusTones';

const ids = ['n1', 'n2', 'n3', 'n4', 'n5'];

describe('partition shapes', () => {
  it('draws nothing without a partition', () => {
    expect(partitionShapes(ids, null)).toEqual({ wedges: [], boundaries: [] });
  });

  it('tints each node by its group and draws a boundary between groups', () => {
    const { wedges, boundaries } = partitionShapes(ids, [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ]);
    expect(wedges.map((wedge) => wedge.group)).toEqual([0, 0, 1, 1, 1]);
    expect(wedges[0]!.fill).toBe(GROUP_VARS[0]);
    expect(wedges[2]!.fill).toBe(GROUP_VARS[1]);
    // Between n2 and n3, and between n5 and n1 (around the ring).
    expect(boundaries.map((boundary) => boundary.id)).toEqual(['n2', 'n5']);
    for (const { x2, y2 } of boundaries) expect(Math.hypot(x2, y2)).toBeCloseTo(REGION_RADIUS);
  });

  it('keys wedges by node, so a regrouping changes fills and not shapes', () => {
    const before = partitionShapes(ids, [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ]);
    const after = partitionShapes(ids, [['n1'], ['n2', 'n3', 'n4', 'n5']]);
    expect(after.wedges.map((wedge) => wedge.d)).toEqual(before.wedges.map((wedge) => wedge.d));
    expect(after.wedges[1]!.fill).not.toBe(before.wedges[1]!.fill);
    expect(after.boundaries.map((boundary) => boundary.id)).toEqual(['n1', 'n5']);
  });
});
