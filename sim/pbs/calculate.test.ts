/**
 * The calculator against the figures published in the PBS paper (Bailis et al., PVLDB
 * 5(8), 2012), and its k-staleness and curve against their definitions.
 *
 * The paper's t-visibility figures come from 50,000 reads each (Table 5's caption), so
 * their 99.9th percentiles rest on about 50 samples of a heavy tail; ours come from many
 * more, and the tolerances below reflect that. Its latencies come from a million
 * operations and are held tighter.
 */
import { describe, expect, it } from 'vitest';
import { calculateForProfile, calculatePbs, tradeoffTable, type PbsInput } from './calculate';
import { PROFILES } from './latency';
import { PBS_DEFAULTS } from './pbsInput';

const TRIALS = 250_000;

function input(overrides: Partial<PbsInput>): PbsInput {
  return { ...PBS_DEFAULTS, trials: TRIALS, seed: 7, ...overrides };
}

function within(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThan(relative);
}

describe('calculatePbs against the paper', { timeout: 30_000 }, () => {
  it('§5.3, exponential W four times faster than A = R = S (mean 1 ms): 94 % at commit, 99.9 % after 1 ms', () => {
    const result = calculatePbs(input({ profile: 'exponential', lambdaW: 4, lambdaArs: 1 }));
    expect(result.consistentAt[0]!.p).toBeCloseTo(0.94, 2);
    within(result.tVisibility.p999, 1, 0.15);
  });

  it('§5.3, exponential W ten times slower: 41 % at commit, 99.9 % after 65 ms', () => {
    const result = calculatePbs(input({ profile: 'exponential', lambdaW: 0.1, lambdaArs: 1 }));
    expect(Math.abs(result.consistentAt[0]!.p - 0.41)).toBeLessThan(0.015);
    within(result.tVisibility.p999, 65, 0.1);
  });

  it('Table 5, R = W = 1: 99.9th percentile latencies and t-visibility', () => {
    // [profile, read Lr, write Lw, t-visibility] from Table 5, N = 3.
    const rows = [
      ['lnkd-ssd', 0.66, 0.66, 1.85],
      ['lnkd-disk', 0.66, 10.99, 45.5],
      ['ymmr', 5.58, 10.83, 1364],
      ['wan', 3.4, 55.12, 113],
    ] as const;
    for (const [profile, read, write, t] of rows) {
      const result = calculatePbs(input({ profile }));
      within(result.latency.read.p999, read, 0.06);
      within(result.latency.write.p999, write, 0.06);
      within(result.tVisibility.p999, t, 0.2);
    }
  });

  it('Table 5, R = 2 and W = 1: the second read response cuts t-visibility', () => {
    // YMMR 202 ms, LNKD-DISK 13.6 ms, WAN 30.2 ms; LNKD-SSD never stale (0).
    within(calculatePbs(input({ profile: 'ymmr', r: 2 })).tVisibility.p999, 202, 0.2);
    within(calculatePbs(input({ profile: 'lnkd-disk', r: 2 })).tVisibility.p999, 13.6, 0.15);
    within(calculatePbs(input({ profile: 'wan', r: 2 })).tVisibility.p999, 30.2, 0.1);
    expect(calculatePbs(input({ profile: 'lnkd-ssd', r: 2 })).tVisibility.p999).toBe(0);
  });

  it('§5.4: LNKD-DISK t-visibility at 99.9 % grows only from 45.3 ms at N = 2 to 53.7 ms at N = 10', () => {
    within(calculatePbs(input({ n: 2 })).tVisibility.p999, 45.3, 0.2);
    within(calculatePbs(input({ n: 10 })).tVisibility.p999, 53.7, 0.1);
  });
});

describe('calculatePbs', { timeout: 30_000 }, () => {
  it('reports k-staleness by the closed form and, within sampling error, by simulation', () => {
    const result = calculatePbs(input({ n: 3, r: 1, w: 1, k: 3, trials: 200_000 }));
    expect(result.kStaleness.map((row) => row.k)).toEqual([1, 2, 3]);
    expect(result.kStaleness[0]!.closedForm).toBeCloseTo(2 / 3, 12);
    expect(result.kStaleness[2]!.closedForm).toBeCloseTo(8 / 27, 12);
    for (const row of result.kStaleness) {
      expect(Math.abs(row.simulated - row.closedForm)).toBeLessThan(0.005);
    }
  });

  it('marks strict quorums and reports their latency, with every read consistent', () => {
    const result = calculatePbs(input({ r: 2, w: 2, trials: 50_000 }));
    expect(result.strict).toBe(true);
    expect(result.consistentAt.every((point) => point.p === 1)).toBe(true);
    expect(result.tVisibility).toEqual({ p99: 0, p999: 0 });
    expect(result.latency.read.p50).toBeGreaterThan(0);
    expect(result.kStaleness[0]).toEqual({ k: 1, closedForm: 0, simulated: 0 });
  });

  it('reports ⟨k, t⟩ consistency as 1 − (1 − p)^k at each requested time', () => {
    const result = calculatePbs(input({ k: 2, tMs: [0, 5], trials: 50_000 }));
    result.consistentWithinKAt.forEach((point, i) => {
      expect(point.tMs).toBe(result.consistentAt[i]!.tMs);
      expect(point.p).toBeCloseTo(1 - (1 - result.consistentAt[i]!.p) ** 2, 12);
    });
  });

  it('runs any profile, with the curve drawn as far as asked', () => {
    const options = { ...input({}), trials: 20_000 };
    const byProfile = calculateForProfile(PROFILES.ymmr, options, 250);
    expect(byProfile.curve.at(-1)!.tMs).toBeCloseTo(250, 6);
    const byId = calculatePbs({ ...options, profile: 'ymmr' });
    expect(byProfile.consistentAt).toEqual(byId.consistentAt);
  });

  it('draws the curve from 0 past the 99.9 % t-visibility', () => {
    const result = calculatePbs(input({ trials: 50_000 }));
    expect(result.curve[0]!.tMs).toBe(0);
    expect(result.curve.at(-1)!.tMs).toBeGreaterThanOrEqual(1.5 * result.tVisibility.p999);
    expect(result.curve.at(-1)!.p).toBeGreaterThanOrEqual(0.999);
  });
});

describe('tradeoffTable', { timeout: 30_000 }, () => {
  it('lists every (R, W) for N and shows the strict ones never stale', () => {
    const rows = tradeoffTable(input({ n: 3, trials: 20_000 }));
    expect(rows.map((row) => `${row.r}${row.w}`)).toEqual([
      '11',
      '12',
      '13',
      '21',
      '22',
      '23',
      '31',
      '32',
      '33',
    ]);
    for (const row of rows) {
      expect(row.strict).toBe(row.r + row.w > 3);
      if (row.strict) expect(row.consistentAtZero).toBe(1);
      else expect(row.consistentAtZero).toBeLessThan(1);
    }
    // Waiting for more replicas never makes an operation faster (same draws in every cell).
    expect(rows[2]!.write.p50).toBeGreaterThan(rows[0]!.write.p50);
    expect(rows[6]!.read.p50).toBeGreaterThan(rows[0]!.read.p50);
  });
});
