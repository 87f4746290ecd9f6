/**
 * Properties of the calculator over many seeds and quorum shapes: P(consistent) never
 * falls as t grows, strict quorums are never stale, and the percentiles are ordered.
 * A failing case prints its seed and shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatePbs } from './calculate';
import { PROFILE_IDS } from './latency';
import { PBS_DEFAULTS } from './pbsInput';

const shape = fc
  .record({
    n: fc.integer({ min: 1, max: 7 }),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    profile: fc.constantFrom(...PROFILE_IDS),
    lambdaW: fc.double({ min: 0.01, max: 10, noNaN: true }),
    lambdaArs: fc.double({ min: 0.01, max: 10, noNaN: true }),
    rPick: fc.double({ min: 0, max: 0.999, noNaN: true }),
    wPick: fc.double({ min: 0, max: 0.999, noNaN: true }),
  })
  .map(({ rPick, wPick, ...rest }) => ({
    ...rest,
    r: 1 + Math.floor(rPick * rest.n),
    w: 1 + Math.floor(wPick * rest.n),
  }));

function run(c: { n: number; r: number; w: number; seed: number } & Record<string, unknown>) {
  return calculatePbs({
    ...PBS_DEFAULTS,
    ...c,
    trials: 400,
    tMs: [0, 0.5, 1, 5, 10, 50, 100, 1000],
  } as typeof PBS_DEFAULTS);
}

describe('calculatePbs properties', { timeout: 30_000 }, () => {
  it('P(consistent) never falls as t grows, and stays within [0, 1]', () => {
    fc.assert(
      fc.property(shape, (c) => {
        const result = run(c);
        for (const series of [result.consistentAt, result.curve]) {
          for (let i = 0; i < series.length; i++) {
            const { p } = series[i]!;
            expect(p, JSON.stringify(c)).toBeGreaterThanOrEqual(i > 0 ? series[i - 1]!.p : 0);
            expect(p, JSON.stringify(c)).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('R + W > N is never stale, at any t, for any profile or seed', () => {
    fc.assert(
      fc.property(
        shape.filter((c) => c.r + c.w > c.n),
        (c) => {
          const result = run(c);
          expect(result.strict, JSON.stringify(c)).toBe(true);
          expect(
            result.consistentAt.every((point) => point.p === 1),
            JSON.stringify(c),
          ).toBe(true);
          expect(result.tVisibility.p999, JSON.stringify(c)).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('orders its percentiles: p99 ≤ p99.9 visibility, p50 ≤ p99.9 latency', () => {
    fc.assert(
      fc.property(shape, (c) => {
        const { tVisibility, latency } = run(c);
        expect(tVisibility.p99, JSON.stringify(c)).toBeLessThanOrEqual(tVisibility.p999);
        expect(latency.read.p50, JSON.stringify(c)).toBeLessThanOrEqual(latency.read.p999);
        expect(latency.write.p50, JSON.stringify(c)).toBeLessThanOrEqual(latency.write.p999);
      }),
      { numRuns: 200 },
    );
  });
});
