import { describe, expect, it } from 'vitest';
import { LANE_HEIGHT, laneY } from '../drawing/geometry';
import { frontierPoints, frontierRegion, polylinePath } from './frontier';

describe('frontierPoints', () => {
  it('runs down each lane: the cursor on its own, the latest known event elsewhere', () => {
    const points = frontierPoints([100, null, 250], 2, 400, 48, LANE_HEIGHT);
    const top = (lane: number) => laneY(lane, LANE_HEIGHT) - LANE_HEIGHT / 2;
    const bottom = (lane: number) => laneY(lane, LANE_HEIGHT) + LANE_HEIGHT / 2;
    expect(points).toEqual([
      [100, top(0)],
      [100, bottom(0)],
      [48, top(1)],
      [48, bottom(1)],
      [400, top(2)],
      [400, bottom(2)],
    ]);
  });

  it('is a staircase: each step joins the lane below at the same height', () => {
    const points = frontierPoints([10, 20, 30, 40], 0, 5, 0, 4);
    for (let i = 1; i < points.length - 1; i += 2) expect(points[i]![1]).toBe(points[i + 1]![1]);
  });
});

describe('polylinePath', () => {
  it('draws the points as one path', () => {
    expect(
      polylinePath([
        [1, 2],
        [3.14159, 4],
      ]),
    ).toBe('M1,2L3.1,4');
    expect(polylinePath([])).toBe('');
  });
});

describe('frontierRegion', () => {
  it('closes the staircase along the left edge', () => {
    const points = frontierPoints([100], 0, 100, 48, LANE_HEIGHT);
    expect(frontierRegion(points, 48)).toEqual([
      [48, points[0]![1]],
      ...points,
      [48, points[1]![1]],
    ]);
  });
});
