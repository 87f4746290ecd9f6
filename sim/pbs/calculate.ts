/**
 * The PBS calculator's answers from a WARS run: P(consistent) at chosen times and as a
 * curve, t-visibility, operation latencies, k-staleness, and the (R, W) trade-off table
 * (the paper's Table 5: latency against staleness for every quorum size). Pure and
 * deterministic for a seed.
 */
import { kStalenessProbability, consistentWithinK } from './closedForm';
import { PROFILES, exponentialProfile, type LatencyProfile, type ProfileId } from './latency';
import { consistencyCurve, consistentAtMs, quantile, type CurvePoint } from './summary';
import { runWars, samplersFor, type WarsConfig, type WarsSamplers, type WarsSamples } from './wars';

export interface PbsInput {
  readonly n: number;
  readonly r: number;
  readonly w: number;
  readonly profile: ProfileId;
  /** Rates per ms of the exponential profile's W leg and of its A, R and S legs. */
  readonly lambdaW: number;
  readonly lambdaArs: number;
  readonly trials: number;
  readonly seed: number;
  /** Times after commit, in ms, at which to report P(consistent). */
  readonly tMs: readonly number[];
  /** Report k-staleness for 1..k versions. */
  readonly k: number;
}

export interface LatencySummary {
  readonly p50: number;
  readonly p999: number;
}

export interface KStaleness {
  readonly k: number;
  /** P(the read returns a value more than k versions old), by C(N−W,R)/C(N,R) to the k. */
  readonly closedForm: number;
  /** The same from the run: the fraction of trials whose read quorum missed the write's, to the k. */
  readonly simulated: number;
}

export interface PbsResult {
  /** R + W > N: read and write quorums always overlap, so no read is stale without faults. */
  readonly strict: boolean;
  readonly trials: number;
  readonly consistentAt: readonly CurvePoint[];
  /** P(the read returns one of the last k versions) at each requested time, for the input k. */
  readonly consistentWithinKAt: readonly CurvePoint[];
  /** ms after commit until 99 % and 99.9 % of reads see the write. */
  readonly tVisibility: { readonly p99: number; readonly p999: number };
  readonly latency: { readonly read: LatencySummary; readonly write: LatencySummary };
  readonly kStaleness: readonly KStaleness[];
  readonly curve: readonly CurvePoint[];
}

/** The latency profile an input names. Pure. */
export function profileOf(
  input: Pick<PbsInput, 'profile' | 'lambdaW' | 'lambdaArs'>,
): LatencyProfile {
  return input.profile === 'exponential'
    ? exponentialProfile(input.lambdaW, input.lambdaArs)
    : PROFILES[input.profile];
}

/** The WARS run configuration an input describes. Pure. */
export function warsConfigOf(input: PbsInput): WarsConfig {
  const profile = profileOf(input);
  return {
    n: input.n,
    r: input.r,
    w: input.w,
    trials: input.trials,
    seed: input.seed,
    samplers: samplersFor(profile),
    remoteMs: profile.remoteMs,
  };
}

function latencyOf(sorted: Float32Array): LatencySummary {
  return { p50: quantile(sorted, 0.5), p999: quantile(sorted, 0.999) };
}

/**
 * The answers from a finished run. `curveMaxMs` bounds the curve; by default it reaches
 * 1.5 times the 99.9 % t-visibility, at least 10 ms and at least the largest requested t.
 */
export function summarize(
  samples: WarsSamples,
  input: Pick<PbsInput, 'n' | 'r' | 'w' | 'tMs' | 'k'>,
  curveMaxMs?: number,
): PbsResult {
  const { n, r, w, k } = input;
  const visible = samples.visibleAfterMs;
  const p999 = quantile(visible, 0.999);
  const consistentAt = input.tMs.map((tMs) => ({ tMs, p: consistentAtMs(visible, tMs) }));
  const missRate = samples.quorumMisses / samples.trials;
  const kStaleness: KStaleness[] = [];
  for (let versions = 1; versions <= k; versions++) {
    kStaleness.push({
      k: versions,
      closedForm: kStalenessProbability(n, r, w, versions),
      simulated: Math.pow(missRate, versions),
    });
  }
  const tMax = curveMaxMs ?? Math.max(10, 1.5 * p999, ...input.tMs);
  return {
    strict: r + w > n,
    trials: samples.trials,
    consistentAt,
    consistentWithinKAt: consistentAt.map(({ tMs, p }) => ({ tMs, p: consistentWithinK(p, k) })),
    tVisibility: { p99: quantile(visible, 0.99), p999 },
    latency: { read: latencyOf(samples.readMs), write: latencyOf(samples.writeMs) },
    kStaleness,
    curve: consistencyCurve(visible, tMax),
  };
}

/** What a run needs besides its latencies. */
export type PbsRunOptions = Pick<PbsInput, 'n' | 'r' | 'w' | 'trials' | 'seed' | 'tMs' | 'k'>;

/**
 * Runs the Monte Carlo for any latency profile (a live scenario's own legs, say) and
 * summarizes it; `curveMaxMs` as in `summarize`.
 */
export function calculateForProfile(
  profile: LatencyProfile,
  options: PbsRunOptions,
  curveMaxMs?: number,
): PbsResult {
  const samples = runWars({
    ...options,
    samplers: samplersFor(profile),
    remoteMs: profile.remoteMs,
  });
  return summarize(samples, options, curveMaxMs);
}

/** Runs the Monte Carlo for an input and summarizes it. */
export function calculatePbs(input: PbsInput): PbsResult {
  return calculateForProfile(profileOf(input), input);
}

/** One row of the trade-off table: a quorum choice and what it costs and buys. */
export interface TradeoffRow {
  readonly r: number;
  readonly w: number;
  readonly strict: boolean;
  readonly consistentAtZero: number;
  readonly tVisibility999: number;
  readonly read: LatencySummary;
  readonly write: LatencySummary;
}

/**
 * Trials per cell of the trade-off table: the table runs N² cells, so it keeps the whole
 * table near a million trials, and each cell at 5,000 to 100,000.
 */
export function tradeoffTrials(n: number, trials: number): number {
  const perCell = Math.max(5_000, Math.min(100_000, Math.floor(1_000_000 / (n * n))));
  return Math.min(trials, perCell);
}

/**
 * One cell of the table. Every cell uses the same seed, so all cells see the same latency
 * draws and differ only by R and W (common random numbers).
 */
export function tradeoffRow(
  base: { n: number; trials: number; seed: number; samplers: WarsSamplers; remoteMs: number },
  r: number,
  w: number,
): TradeoffRow {
  const samples = runWars({ ...base, r, w });
  return {
    r,
    w,
    strict: r + w > base.n,
    consistentAtZero: consistentAtMs(samples.visibleAfterMs, 0),
    tVisibility999: quantile(samples.visibleAfterMs, 0.999),
    read: latencyOf(samples.readMs),
    write: latencyOf(samples.writeMs),
  };
}

/** The whole table, R-major, for the input's N and profile. */
export function tradeoffTable(input: PbsInput): TradeoffRow[] {
  const config = warsConfigOf(input);
  const base = { ...config, trials: tradeoffTrials(input.n, input.trials) };
  const rows: TradeoffRow[] = [];
  for (let r = 1; r <= input.n; r++) {
    for (let w = 1; w <= input.n; w++) rows.push(tradeoffRow(base, r, w));
  }
  return rows;
}
