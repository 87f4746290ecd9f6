/**
 * The live cluster against the prediction: staleness measured on a running quorums
 * agrees with the WARS Monte Carlo (sim/pbs) for the same N, R, W and leg latencies.
 *
 * Each measured read began t ms after the latest commit of its key; the Monte Carlo says
 * it is consistent with probability p(t). Summed over reads, the consistent count should
 * be Σp, with variance Σp(1 − p) (independent Bernoulli trials): the test asks for the
 * observed count within 4 standard deviations, and checks that the same reads put a
 * wrong prediction (another R) far outside, so the comparison has power.
 *
 * The PBS model has no read repair or anti-entropy and one write at a time per key, so
 * the run turns both off and spreads writes over eight keys.
 */
import { describe, expect, it } from 'vitest';
import type { ParamValue } from '@/sim/core/params';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { runWars, samplersFor } from '@/sim/pbs/wars';
import { consistentAtMs } from '@/sim/pbs/summary';
import { kvProfile } from './legs';
import { measureStaleness, type ReadSample } from './staleness';
import { kvParams, simulateKv } from './testing/runs';

function zScore(samples: readonly ReadSample[], predict: (tMs: number) => number): number {
  let observed = 0;
  let expected = 0;
  let variance = 0;
  for (const sample of samples) {
    const p = predict(sample.sinceCommit / US_PER_MS);
    if (sample.consistent) observed++;
    expected += p;
    variance += p * (1 - p);
  }
  return (observed - expected) / Math.sqrt(variance);
}

function predictor(params: Readonly<Record<string, ParamValue>>, r: number) {
  const profile = kvProfile(params);
  const samples = runWars({
    n: Number(params.n),
    r,
    w: Number(params.w),
    trials: 200_000,
    seed: 11,
    samplers: samplersFor(profile),
    remoteMs: profile.remoteMs,
  });
  return (tMs: number) => consistentAtMs(samples.visibleAfterMs, tMs);
}

describe('measured staleness against the PBS Monte Carlo', () => {
  for (const profile of ['exponential', 'lnkd-disk'] as const) {
    it(`agrees within sampling error (N=3, R=W=1, ${profile})`, () => {
      const params = kvParams({
        profile,
        n: 3,
        r: 1,
        w: 1,
        keys: 8,
        writes: 8,
        reads: 40,
        readRepair: 'off',
        antiEntropy: 'off',
      });
      const samples = measureStaleness(simulateKv(params, 3, 300 * US_PER_S).trace);
      const stale = samples.filter((s) => !s.consistent).length;
      expect(samples.length).toBeGreaterThan(8000);
      expect(stale).toBeGreaterThan(15);
      const z = zScore(samples, predictor(params, 1));
      expect(
        Math.abs(z),
        `z = ${z.toFixed(2)} over ${samples.length} reads, ${stale} stale`,
      ).toBeLessThan(4);
      // The same reads against R=2 (a wrong prediction: fewer stale reads) are far off.
      expect(zScore(samples, predictor(params, 2))).toBeLessThan(-6);
    }, 120_000);
  }
});
