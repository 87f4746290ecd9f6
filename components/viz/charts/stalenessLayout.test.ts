/**
 * The staleness chart's geometry: axes cover the data, the line follows the curve, and
 * measured points carry error bars that shrink as reads accumulate.
 */
import { describe, expect, it } from 'vitest';
import { stalenessLayout } from './stalenessLayout';

const box = { width: 600, height: 300, margin: { top: 10, right: 10, bottom: 40, left: 50 } };
const predicted = [
  { tMs: 0, p: 0.44 },
  { tMs: 10, p: 0.93 },
  { tMs: 80, p: 0.9995 },
];

describe('stalenessLayout', () => {
  it('spans the curve, with the y axis starting below its lowest point', () => {
    const layout = stalenessLayout(predicted, [], box);
    expect(layout.x.domain()).toEqual([0, 80]);
    expect(layout.yMin).toBe(0.4);
    expect(layout.x(0)).toBe(50);
    expect(layout.x(80)).toBe(590);
    expect(layout.y(1)).toBe(10);
    expect(layout.path.startsWith('M50,')).toBe(true);
    expect(layout.xTicks).toEqual([0, 1, 2, 5, 10, 20, 50]);
  });

  it('zooms the y axis in when every read is nearly always consistent', () => {
    const layout = stalenessLayout(
      [
        { tMs: 0, p: 0.97 },
        { tMs: 2, p: 1 },
      ],
      [],
      box,
    );
    expect(layout.yMin).toBe(0.9);
  });

  it('places measured points with 95 % intervals narrowing as reads grow, and drops empty buckets', () => {
    const layout = stalenessLayout(
      predicted,
      [
        { tMs: 5, consistent: 0.8, reads: 25 },
        { tMs: 5, consistent: 0.8, reads: 2500 },
        { tMs: 200, consistent: 0.2, reads: 0 },
      ],
      box,
    );
    expect(layout.points).toHaveLength(2);
    const [few, many] = layout.points;
    expect(few!.yLow - few!.yHigh).toBeGreaterThan(5 * (many!.yLow - many!.yHigh));
    expect(many!.r).toBeGreaterThan(few!.r);
    expect(few!.cy).toBeCloseTo(layout.y(0.8), 9);
    // A measured point extends the axes if it lies beyond the curve.
    expect(stalenessLayout(predicted, [{ tMs: 300, consistent: 0.1, reads: 4 }], box).yMin).toBe(0);
  });
});
