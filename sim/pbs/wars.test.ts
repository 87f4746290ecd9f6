/**
 * The WARS Monte Carlo: Cassandra's PBS predictor test vector, the paper's published
 * figures, determinism, and the closed form recovered from the trials.
 */
import { describe, expect, it } from 'vitest';
import { nextFloat, type Rng } from '../core/rng';
import { consistentWithinK, quorumMissProbability } from './closedForm';
import { consistentAtMs, quantile } from './summary';
import { runWars, startWars, type WarsSamplers } from './wars';

const zero = () => 0;

/**
 * The latencies of Cassandra's PBSPredictorTest (Cassandra 1.2, testDoPrediction): 20
 * logged writes, 10 with W = 10 ms and 10 with W = 0, and A = R = S = 0; the predictor
 * resamples them uniformly.
 */
const cassandraVector: WarsSamplers = {
  W: (rng: Rng) => (nextFloat(rng) < 0.5 ? 10 : 0),
  A: zero,
  R: zero,
  S: zero,
};

describe('runWars on Cassandra’s PBS predictor test vector (N=2, R=W=1)', () => {
  const samples = runWars({
    n: 2,
    r: 1,
    w: 1,
    trials: 100_000,
    seed: 1,
    samplers: cassandraVector,
    remoteMs: 0,
  });

  it('is always consistent 10 ms after commit', () => {
    expect(consistentAtMs(samples.visibleAfterMs, 10)).toBe(1);
  });

  it('is consistent 0.75 ± 0.05 of the time at commit', () => {
    expect(consistentAtMs(samples.visibleAfterMs, 0)).toBeCloseTo(0.75, 1);
    expect(Math.abs(consistentAtMs(samples.visibleAfterMs, 0) - 0.75)).toBeLessThan(0.05);
  });

  it('is within k=5 versions 0.98 ± 0.05 of the time 5 ms after commit', () => {
    const p = consistentWithinK(consistentAtMs(samples.visibleAfterMs, 5), 5);
    expect(Math.abs(p - 0.98)).toBeLessThan(0.05);
  });

  it('commits in 0 or 10 ms: the first of two acks', () => {
    expect(samples.writeMs[0]).toBe(0);
    // Both writes take 10 ms a quarter of the time.
    expect(quantile(samples.writeMs, 0.7)).toBe(0);
    expect(quantile(samples.writeMs, 0.8)).toBe(10);
  });
});

describe('runWars', { timeout: 30_000 }, () => {
  const config = {
    n: 5,
    r: 2,
    w: 2,
    trials: 20_000,
    seed: 42,
    samplers: {
      W: (rng: Rng) => -Math.log(1 - nextFloat(rng)) * 3,
      A: (rng: Rng) => -Math.log(1 - nextFloat(rng)),
      R: (rng: Rng) => -Math.log(1 - nextFloat(rng)),
      S: (rng: Rng) => -Math.log(1 - nextFloat(rng)),
    },
    remoteMs: 0,
  };

  it('gives the same samples for the same seed, and others for another seed', () => {
    const first = runWars(config);
    expect(runWars(config)).toEqual(first);
    expect(runWars({ ...config, seed: 43 }).visibleAfterMs).not.toEqual(first.visibleAfterMs);
  });

  it('gives the same samples run in chunks as all at once', () => {
    const run = startWars(config);
    let chunks = 0;
    while (!run.advance(3_000)) chunks++;
    expect(chunks).toBe(6);
    expect(run.finish()).toEqual(runWars(config));
  });

  it('misses the write quorum as often as C(N−W, R) / C(N, R) says', () => {
    // With i.i.d. legs, the W first acks and the R first responses are uniform subsets.
    const samples = runWars({ ...config, trials: 200_000 });
    const expected = quorumMissProbability(5, 2, 2); // 3/10
    const sd = Math.sqrt((expected * (1 - expected)) / 200_000);
    expect(Math.abs(samples.quorumMisses / 200_000 - expected)).toBeLessThan(4 * sd);
  });

  it('never reads stale, and never misses the quorum, when R + W > N', () => {
    const samples = runWars({ ...config, r: 3, w: 3 });
    expect(samples.quorumMisses).toBe(0);
    expect(samples.visibleAfterMs[samples.trials - 1]).toBe(0);
  });

  it('refuses quorums larger than N', () => {
    expect(() => runWars({ ...config, r: 6 })).toThrow(RangeError);
    expect(() => runWars({ ...config, w: 0 })).toThrow(RangeError);
    expect(() => runWars({ ...config, n: 13, r: 1, w: 1 })).toThrow(RangeError);
  });

  it('puts one replica per data centre: with R = W = 1 a remote hop shows in the latencies', () => {
    const local = { W: zero, A: zero, R: zero, S: zero };
    const samples = runWars({ ...config, n: 3, r: 1, w: 1, samplers: local, remoteMs: 75 });
    // The coordinator's own replica answers at once; nothing waits for a remote one.
    expect(samples.writeMs[samples.trials - 1]).toBe(0);
    expect(samples.readMs[samples.trials - 1]).toBe(0);
    const all = runWars({ ...config, n: 3, r: 3, w: 3, samplers: local, remoteMs: 75 });
    expect(all.writeMs[0]).toBe(150);
    expect(all.readMs[0]).toBe(150);
  });
});
