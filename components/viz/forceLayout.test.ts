import { describe, expect, it } from 'vitest';
import { forceLayout, type ForceSpec } from './forceLayout';
import { CENTER, VIEW_SIZE } from './layout';

const star: ForceSpec = {
  ids: ['hub', 'a', 'b', 'c', 'd'],
  springs: [
    ['hub', 'a', 200],
    ['hub', 'b', 200],
    ['hub', 'c', 200],
    ['hub', 'd', 200],
    ['a', 'b', 60],
  ],
  pinned: new Map([['hub', { x: CENTER, y: CENTER }]]),
  radius: 30,
  seed: 7,
};

describe('forceLayout', () => {
  it('gives the same points for the same spec and seed', () => {
    expect(forceLayout(star)).toEqual(forceLayout(star));
    expect(forceLayout({ ...star, seed: 8 })).not.toEqual(forceLayout(star));
  });

  it('keeps pinned nodes in place, every node in view, and springs near their lengths', () => {
    const [hub, a, b, c] = forceLayout(star);
    expect(hub).toEqual({ x: CENTER, y: CENTER });
    for (const p of forceLayout(star)) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(VIEW_SIZE);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(VIEW_SIZE);
    }
    const distance = (p: typeof a, q: typeof a) => Math.hypot(p!.x - q!.x, p!.y - q!.y);
    // The short spring pulls a and b together; c, on the hub alone, sits further off.
    expect(distance(a, b)).toBeLessThan(distance(a, c));
    expect(distance(hub, c)).toBeGreaterThan(100);
  });
});
