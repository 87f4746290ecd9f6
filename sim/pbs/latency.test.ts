/**
 * The WARS latency model: the constants match Table 4 of the PBS paper (as transcribed in
 * the shared test data, when that folder sits beside the repository), sampled means and
 * quantiles match the analytic ones, and parsing accepts exactly the profile ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRng, nextFloat } from '../core/rng';
import {
  LEGS,
  PROFILE_IDS,
  PROFILES,
  compileLegSampler,
  exponentialProfile,
  meanLegMs,
  parseProfileId,
  sampleLegMs,
  type LegMixture,
} from './latency';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fitsPath = ['../shared', '../../shared']
  .map((up) => resolve(repoRoot, up, 'testdata/pbs/latency-fits.json'))
  .find((path) => existsSync(path));

function samples(mix: LegMixture, seed: number, count: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = sampleLegMs(mix, rng);
  return out.sort();
}

describe('PROFILES', () => {
  it.skipIf(fitsPath === undefined)('match the transcription of the paper’s Table 4', () => {
    type Fits = { profiles: Record<string, Record<string, unknown>> };
    const fits = JSON.parse(readFileSync(fitsPath!, 'utf8')) as Fits;
    const ssd = fits.profiles['lnkd-ssd']!.W;
    const disk = fits.profiles['lnkd-disk']!.W;
    const ymmr = fits.profiles.ymmr!;
    expect(PROFILES['lnkd-ssd'].legs).toEqual({ W: ssd, A: ssd, R: ssd, S: ssd });
    expect(PROFILES['lnkd-disk'].legs).toEqual({ W: disk, A: ssd, R: ssd, S: ssd });
    expect(PROFILES.ymmr.legs).toEqual({ W: ymmr.W, A: ymmr.A, R: ymmr.A, S: ymmr.A });
    expect(PROFILES.wan.legs).toEqual(PROFILES['lnkd-disk'].legs);
    expect(PROFILES.wan.remoteMs).toBe(75);
  });

  it('has weights summing to 1 on every leg, and no remote delay outside WAN', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const leg of LEGS) {
        const total = profile.legs[leg].reduce((sum, part) => sum + part.weight, 0);
        expect(total, `${profile.id} ${leg}`).toBeCloseTo(1, 10);
      }
      expect(profile.remoteMs).toBe(profile.id === 'wan' ? 75 : 0);
    }
  });
});

describe('sampleLegMs', { timeout: 30_000 }, () => {
  it('has the analytic mean of each production leg', () => {
    // LNKD-DISK's write has α = 1.51: a heavy tail, so its sample mean converges slowly.
    const cases: [LegMixture, number][] = [
      [PROFILES['lnkd-ssd'].legs.W, 0.01],
      [PROFILES.ymmr.legs.A, 0.02],
      [PROFILES.ymmr.legs.W, 0.03],
      [PROFILES['lnkd-disk'].legs.W, 0.05],
    ];
    for (const [mix, tolerance] of cases) {
      const drawn = samples(mix, 11, 400_000);
      const mean = drawn.reduce((sum, x) => sum + x, 0) / drawn.length;
      expect(Math.abs(mean - meanLegMs(mix)) / meanLegMs(mix)).toBeLessThan(tolerance);
    }
  });

  it('puts an exponential median at ln 2 / λ and a Pareto minimum at xm', () => {
    const exponential = samples(exponentialProfile(0.5, 2).legs.W, 3, 100_000);
    expect(exponential[50_000]!).toBeCloseTo(Math.LN2 / 0.5, 1);
    const pareto = samples([{ weight: 1, pareto: { xm: 3, alpha: 3.35 } }], 4, 100_000);
    expect(pareto[0]!).toBeGreaterThanOrEqual(3);
    // Pareto median: xm · 2^(1/α).
    expect(pareto[50_000]!).toBeCloseTo(3 * Math.pow(2, 1 / 3.35), 1);
  });

  it('picks mixture parts by weight: only the exponential part falls below the Pareto floor', () => {
    const drawn = samples(PROFILES['lnkd-ssd'].legs.W, 5, 200_000);
    const below = drawn.findIndex((x) => x >= 0.235);
    // Only the exponential part (8.78 %) can fall below xm = 0.235 ms:
    // P = 0.0878 · (1 − e^(−1.66 · 0.235)) ≈ 0.0286.
    expect(below / drawn.length).toBeCloseTo(0.0878 * (1 - Math.exp(-1.66 * 0.235)), 2);
  });

  it('gives the same draws for the same seed, and different ones for another', () => {
    const mix = PROFILES.ymmr.legs.W;
    expect(samples(mix, 9, 50)).toEqual(samples(mix, 9, 50));
    expect(samples(mix, 9, 50)).not.toEqual(samples(mix, 10, 50));
  });
});

describe('compileLegSampler', () => {
  it('draws what sampleLegMs draws, one uniform per sample', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const leg of LEGS) {
        const compiled = compileLegSampler(profile.legs[leg]);
        const a = createRng(21);
        const b = createRng(21);
        const c = createRng(21);
        for (let i = 0; i < 2_000; i++) {
          expect(compiled(a)).toBe(sampleLegMs(profile.legs[leg], b));
          nextFloat(c);
        }
        expect(a).toEqual(c);
      }
    }
  });
});

describe('exponentialProfile', () => {
  it('puts λW on the write leg and λARS on the others', () => {
    const profile = exponentialProfile(0.1, 2);
    expect(meanLegMs(profile.legs.W)).toBeCloseTo(10);
    for (const leg of ['A', 'R', 'S'] as const) expect(meanLegMs(profile.legs[leg])).toBe(0.5);
    expect(profile.remoteMs).toBe(0);
  });

  it('refuses a rate that is not a positive number', () => {
    expect(() => exponentialProfile(0, 1)).toThrow(/lambdaW/);
    expect(() => exponentialProfile(1, -2)).toThrow(/lambdaArs/);
    expect(() => exponentialProfile(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('parseProfileId', () => {
  it('accepts every id, trimmed and in any case, and nothing else', () => {
    for (const id of PROFILE_IDS) expect(parseProfileId(` ${id.toUpperCase()} `)).toBe(id);
    expect(parseProfileId('lnkd')).toBeUndefined();
    expect(parseProfileId('')).toBeUndefined();
    expect(parseProfileId('constructor')).toBeUndefined();
  });
});
