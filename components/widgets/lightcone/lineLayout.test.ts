import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseParams } from '@/sim/core/params';
import { latencyBetween } from '@/sim/scenarios/light-cones/geometry';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { clusterGeometry, VIEW_SIZE } from '@/components/viz/layout';
import { LINE_Y, lineCuts, lineScale, linePoints } from './lineLayout';

function params(raw: Record<string, string>) {
  return parseParams(mutualVisibility.params, raw).values;
}

describe('the observers on a line', () => {
  it('puts the lesson run to scale: n1, n3, n4, n5, n2 left to right, 100 ms apart', () => {
    const values = params({ distance: '400ms', spread: '100' });
    const ids = mutualVisibility.nodes(values);
    const points = linePoints(ids, values);
    const x = new Map(ids.map((id, i) => [id, points[i]!.x]));
    expect(ids.map((id) => points[ids.indexOf(id)]!.y)).toEqual(Array(5).fill(LINE_Y));
    const order = [...ids].sort((a, b) => x.get(a)! - x.get(b)!);
    expect(order).toEqual(['n1', 'n3', 'n4', 'n5', 'n2']);
    const step = x.get('n3')! - x.get('n1')!;
    for (const [a, b] of [
      ['n3', 'n4'],
      ['n4', 'n5'],
      ['n5', 'n2'],
    ] as const)
      expect(x.get(b)! - x.get(a)!).toBeCloseTo(step, 6);
  });

  it('stacks observers who stand at one spot, at the same x', () => {
    const values = params({ spread: '0', observers: '3' });
    const ids = mutualVisibility.nodes(values);
    const points = linePoints(ids, values);
    const middle = points.slice(2);
    expect(new Set(middle.map((p) => p.x)).size).toBe(1);
    expect(new Set(middle.map((p) => p.y)).size).toBe(3);
  });

  it('draws every latency to one scale, and never lets two nodes overlap (any parameters)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 100 }),
        (distance, observers, spread) => {
          const values = params({
            distance: `${distance}ms`,
            observers: String(observers),
            spread: String(spread),
          });
          const ids = mutualVisibility.nodes(values);
          const points = linePoints(ids, values);
          const x = lineScale(values);
          const unit = x(1000) - x(0);
          const radius = clusterGeometry(ids.length).nodeRadius;
          for (const p of points) {
            expect(Math.min(p.x, p.y)).toBeGreaterThanOrEqual(radius);
            expect(Math.max(p.x, p.y)).toBeLessThanOrEqual(VIEW_SIZE - radius);
          }
          for (let i = 0; i < ids.length; i++)
            for (let j = i + 1; j < ids.length; j++) {
              const a = points[i]!;
              const b = points[j]!;
              expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * radius);
              const latency = latencyBetween(ids[i]!, ids[j]!, values);
              // A latency of 1 ms is the floor for two nodes at one spot.
              if (latency > 1000)
                expect(Math.abs(a.x - b.x)).toBeCloseTo((latency / 1000) * unit, 3);
            }
        },
      ),
    );
  });
});

describe('a partition on the line', () => {
  const values = params({ distance: '400ms', spread: '100' });
  const ids = mutualVisibility.nodes(values);
  const points = linePoints(ids, values);
  const positions = new Map(ids.map((id, i) => [id, points[i]!]));
  const x = (id: string) => positions.get(id)!.x;

  it('cuts between neighbours in different groups, once per boundary', () => {
    expect(
      lineCuts(
        [
          ['n1', 'n3'],
          ['n2', 'n4', 'n5'],
        ],
        positions,
      ),
    ).toEqual([(x('n3') + x('n4')) / 2]);
    expect(
      lineCuts(
        [
          ['n1', 'n4'],
          ['n2', 'n3', 'n5'],
        ],
        positions,
      ),
    ).toEqual([(x('n1') + x('n3')) / 2, (x('n3') + x('n4')) / 2, (x('n4') + x('n5')) / 2]);
    expect(lineCuts([ids], positions)).toEqual([]);
  });
});
