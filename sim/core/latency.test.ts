/**
 * Latency distributions: sampled means agree with the analytic `meanLatency`, samples are
 * whole microseconds and never below 1 µs, and `latencyWithMean` really has the mean it
 * promises, for every kind. All samples come from fixed seeds, so each run is identical.
 */
import { describe, expect, it } from 'vitest';
import {
  LATENCY_KINDS,
  latencyWithMean,
  meanLatency,
  sampleLatency,
  type LatencySpec,
} from './latency';
import { createRng } from './rng';
import { US_PER_MS } from './time';

const SAMPLES = 200_000;

function sample(spec: LatencySpec, seed: number, count = SAMPLES): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => sampleLatency(spec, rng));
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[sorted.length >> 1]!;
}

/** Relative error of `actual` against `expected`. */
function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / expected;
}

describe('sampleLatency', () => {
  it('returns whole microseconds of at least 1 for every kind, even when the spec allows less', () => {
    const specs: LatencySpec[] = [
      { kind: 'constant', us: 0 },
      { kind: 'uniform', min: 0, max: 3 },
      { kind: 'exponential', mean: 2 },
      { kind: 'normal', mean: 5, sd: 50 }, // about half of the raw draws are negative
      { kind: 'pareto-mix', tail: 0.5, exponentialMean: 1, scale: 1, shape: 1.5 },
    ];
    for (const spec of specs) {
      for (const delay of sample(spec, 3, 5_000)) {
        expect(Number.isInteger(delay) && delay >= 1, `${spec.kind}: ${delay}`).toBe(true);
      }
    }
  });

  it('keeps uniform samples within [min, max] and constant samples exact', () => {
    for (const delay of sample({ kind: 'uniform', min: 100, max: 200 }, 4, 20_000))
      expect(delay >= 100 && delay <= 200, `${delay}`).toBe(true);
    expect(new Set(sample({ kind: 'constant', us: 1234 }, 4, 1_000))).toEqual(new Set([1234]));
  });

  it('is reproducible from the seed', () => {
    const spec = latencyWithMean('pareto-mix', 120 * US_PER_MS);
    expect(sample(spec, 8, 1_000)).toEqual(sample(spec, 8, 1_000));
    expect(sample(spec, 8, 1_000)).not.toEqual(sample(spec, 9, 1_000));
  });

  // Standard errors of the mean over 200k samples are about 0.22% (exponential),
  // 0.06% (normal, σ = mean/4) and 0.06% (uniform ±50%), so 1% is a wide margin.
  it.each([
    ['constant', 0],
    ['uniform', 0.01],
    ['exponential', 0.01],
    ['normal', 0.01],
  ] as const)('has a %s sample mean within tolerance of meanLatency', (kind, tolerance) => {
    const spec = latencyWithMean(kind, 120 * US_PER_MS);
    const sampled = mean(sample(spec, 17));
    expect(
      relative(sampled, meanLatency(spec)),
      `${kind}: sample mean ${sampled}`,
    ).toBeLessThanOrEqual(tolerance);
  });

  it('gives the pareto mix the right median, tail weight and (loosely) mean', () => {
    const spec = latencyWithMean('pareto-mix', 120 * US_PER_MS);
    if (spec.kind !== 'pareto-mix') throw new Error('expected a pareto-mix spec');
    const samples = sample(spec, 17);
    const cdf = (x: number): number =>
      (1 - spec.tail) * (1 - Math.exp(-x / spec.exponentialMean)) +
      spec.tail * (x >= spec.scale ? 1 - Math.pow(spec.scale / x, spec.shape) : 0);

    // The median is robust, so it can be checked tightly: solve cdf(x) = 1/2 by bisection.
    let low = 0;
    let high = 100 * spec.scale;
    for (let i = 0; i < 100; i++) {
      const middle = (low + high) / 2;
      if (cdf(middle) < 0.5) low = middle;
      else high = middle;
    }
    expect(relative(median(samples), low), `median ${median(samples)} vs ${low}`).toBeLessThan(
      0.01,
    );

    // The tail's shape: P(X > 10·mean) is almost all Pareto, 0.1·10^-1.5 ≈ 0.32%.
    // About 630 of 200k samples, σ ≈ 25, so ±15% is a wide margin but would catch α = 2.
    const far = 10 * 120 * US_PER_MS;
    const farShare = samples.filter((x) => x > far).length / samples.length;
    expect(relative(farShare, 1 - cdf(far)), `share beyond ${far}: ${farShare}`).toBeLessThan(0.15);

    // With α = 1.5 the tail has infinite variance: the central limit theorem does not apply
    // and the sample mean converges only like n^(-1/3), with rare huge draws moving it by
    // whole percents. So the mean gets a looser 5% (still enough to catch a tail mean of
    // 2·mean instead of 3·mean, which would shift the overall mean by 10%).
    const sampled = mean(samples);
    expect(relative(sampled, meanLatency(spec)), `sample mean ${sampled}`).toBeLessThan(0.05);
  });
});

describe('latencyWithMean', () => {
  it.each(LATENCY_KINDS)('gives %s the requested analytic mean', (kind) => {
    for (const mean of [US_PER_MS, 7 * US_PER_MS, 120 * US_PER_MS, 2_000 * US_PER_MS]) {
      const spec = latencyWithMean(kind, mean);
      expect(spec.kind).toBe(kind);
      // Parameters are rounded to whole microseconds, so allow that much.
      expect(relative(meanLatency(spec), mean), `${kind} at ${mean}`).toBeLessThan(0.001);
    }
  });

  it.each(LATENCY_KINDS)('gives %s a sampled mean near the requested mean', (kind) => {
    const mean = 50 * US_PER_MS;
    const samples = sample(latencyWithMean(kind, mean), 23);
    // 2% for the finite-variance kinds; the pareto mix gets 5% (see above).
    const tolerance = kind === 'pareto-mix' ? 0.05 : 0.02;
    const sampled = samples.reduce((sum, x) => sum + x, 0) / samples.length;
    expect(relative(sampled, mean), `${kind}: ${sampled}`).toBeLessThan(tolerance);
  });
});
