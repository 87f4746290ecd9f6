import { describe, expect, it } from 'vitest';
import {
  along,
  clusterGeometry,
  ringLayout,
  sideOf,
  splitByLine,
  wedgePath,
  CENTER,
  NODE_RADIUS,
  RING_RADIUS,
} from './layout';

describe('ring layout', () => {
  it('puts n1 at the top and spaces nodes evenly', () => {
    const points = ringLayout(4);
    expect(points[0]!.x).toBeCloseTo(CENTER);
    expect(points[0]!.y).toBeCloseTo(CENTER - RING_RADIUS);
    expect(points[1]!.x).toBeCloseTo(CENTER + RING_RADIUS);
  });

  it('moves a message from the sender towards the receiver', () => {
    const [a, b] = ringLayout(2) as [{ x: number; y: number }, { x: number; y: number }];
    const start = along(a, b, 0);
    const end = along(a, b, 1);
    expect(start.y).toBeLessThan(end.y);
    expect(along(a, b, 2)).toEqual(end);
  });
});

describe('cluster geometry from 3 to 100 nodes', () => {
  it('keeps full-size nodes while they fit, and labels inside them', () => {
    for (const count of [3, 5, 9]) {
      const geometry = clusterGeometry(count);
      expect(geometry.nodeRadius).toBe(NODE_RADIUS);
      expect(geometry.labelsInside).toBe(true);
      expect(geometry.labelEvery).toBe(1);
    }
  });

  it('never lets neighbours touch, and spaces outside labels apart', () => {
    for (let count = 3; count <= 100; count++) {
      const geometry = clusterGeometry(count);
      const [a, b] = geometry.points as [{ x: number; y: number }, { x: number; y: number }];
      const spacing = Math.hypot(b.x - a.x, b.y - a.y);
      expect(2 * geometry.nodeRadius).toBeLessThan(spacing);
      expect(geometry.dotRadius).toBeLessThanOrEqual(geometry.nodeRadius);
      if (!geometry.labelsInside) expect(geometry.labelEvery * spacing).toBeGreaterThanOrEqual(29);
    }
    const hundred = clusterGeometry(100);
    expect(hundred.labelsInside).toBe(false);
    expect(hundred.labelEvery).toBe(5);
  });
});

describe('cutting with a line', () => {
  const ids = ['n1', 'n2', 'n3', 'n4', 'n5'];
  const positions = new Map(ringLayout(5).map((point, index) => [ids[index]!, point]));

  it('tells the two sides of a line apart', () => {
    expect(sideOf({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 5 })).toBe(1);
    expect(sideOf({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: -5 })).toBe(-1);
  });

  it('splits the cluster where the line crosses it', () => {
    // A vertical line just right of centre separates n2 and n3 (right) from the rest.
    const groups = splitByLine(
      [ids],
      positions,
      { x: CENTER + 40, y: 0 },
      { x: CENTER + 40, y: 600 },
    );
    expect(groups?.map((group) => [...group].sort())).toEqual(
      expect.arrayContaining([
        ['n2', 'n3'],
        ['n1', 'n4', 'n5'],
      ]),
    );
  });

  it('refines an existing partition with a second line', () => {
    const first = splitByLine(
      [ids],
      positions,
      { x: CENTER + 40, y: 0 },
      { x: CENTER + 40, y: 600 },
    )!;
    const second = splitByLine(
      first,
      positions,
      { x: 0, y: CENTER + 10 },
      { x: 600, y: CENTER + 10 },
    );
    expect(second).toHaveLength(4);
  });

  it('returns null when the line misses every node', () => {
    expect(splitByLine([ids], positions, { x: 0, y: 5 }, { x: 600, y: 5 })).toBeNull();
  });
});

describe('wedge path', () => {
  it('runs clockwise from the start angle to the end angle through the centre', () => {
    // A quarter from 3 o'clock to 6 o'clock: y grows downwards, so that is clockwise.
    expect(wedgePath(0, Math.PI / 2, 10)).toBe('M0,0L10,0A10,10,0,0,1,0,10Z');
  });

  it('sets the large-arc flag for wedges wider than half a turn', () => {
    expect(wedgePath(0, (3 * Math.PI) / 2, 10)).toBe('M0,0L10,0A10,10,0,1,1,0,-10Z');
  });

  it('draws a whole disc for a full turn', () => {
    expect(wedgePath(0, 2 * Math.PI, 10)).toBe('M10,0A10,10,0,1,1,-10,0A10,10,0,1,1,10,0Z');
  });
});
