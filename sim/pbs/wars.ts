/**
 * The WARS Monte Carlo of Probabilistically Bounded Staleness (Bailis et al., PVLDB 5(8),
 * 2012, §4–5). Each trial draws, for every one of the N replicas, a write request delay W,
 * an ack delay A, a read request delay R and a read response delay S. Then:
 * - the write commits at the W-th smallest W[i] + A[i] (write latency);
 * - a read issued t ms after commit uses the R replicas with the smallest R[i] + S[i] (read
 *   latency: the R-th smallest), and is consistent if any of them has
 *   commit + t + R[i] ≥ W[i]: the write reached that replica before the read did.
 * So each trial has one number, the smallest t at which its read sees the write:
 * max(0, min over the read's replicas of W[i] − R[i] − commit). P(consistent at t) is the
 * fraction of trials at or below t, and t-visibility is its quantile.
 *
 * WAN (§5.2): replica i sits in data centre i; each write and each read starts in a data
 * centre drawn uniformly, and every message to or from another one takes `remoteMs` more.
 *
 * Cost: typed arrays allocated once per run, no allocation per trial; the per-replica
 * orderings are insertion sorts over N ≤ 12 indices. Deterministic for a seed.
 */
import { createRng, nextFloat, type Rng } from '../core/rng';
import { compileLegSampler, type Leg, type LatencyProfile } from './latency';
import { sortFloat32 } from './radixSort';

/** Draws one leg delay in ms. */
export type LegSampler = (rng: Rng) => number;
export type WarsSamplers = Readonly<Record<Leg, LegSampler>>;

/** The largest replication factor the calculator simulates. */
export const N_MAX = 12;

export interface WarsConfig {
  readonly n: number;
  readonly r: number;
  readonly w: number;
  readonly trials: number;
  readonly seed: number;
  readonly samplers: WarsSamplers;
  /** Extra ms per message to or from a remote data centre; 0 puts all replicas together. */
  readonly remoteMs: number;
}

/** A finished run: every array sorted ascending, one entry per trial. */
export interface WarsSamples {
  readonly trials: number;
  /** The smallest t (ms after commit) at which each trial's read sees the write; ≥ 0. */
  readonly visibleAfterMs: Float32Array;
  readonly readMs: Float32Array;
  readonly writeMs: Float32Array;
  /** Trials whose R read replicas include none of the W that acknowledged the write. */
  readonly quorumMisses: number;
}

/** Samplers drawing from a profile's leg mixtures. Pure. */
export function samplersFor(profile: LatencyProfile): WarsSamplers {
  const { W, A, R, S } = profile.legs;
  return {
    W: compileLegSampler(W),
    A: compileLegSampler(A),
    R: compileLegSampler(R),
    S: compileLegSampler(S),
  };
}

/** Writes into `order` the indices 0..n−1 sorted by `values`, ties by index. */
function sortIndices(values: Float64Array, order: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j > 0 && values[order[j - 1]!]! > values[i]!) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
}

/** A run in progress: `advance` runs more trials, so a caller can report progress. */
export interface WarsRun {
  readonly done: number;
  readonly total: number;
  /** Runs up to `count` more trials; returns true when all are done. */
  advance(count: number): boolean;
  /** The sorted samples. Only once `advance` has returned true. */
  finish(): WarsSamples;
}

/** Starts a run. Throws a RangeError for N, R, W or trials out of range. */
export function startWars(config: WarsConfig): WarsRun {
  const { n, r, w, trials, samplers, remoteMs } = config;
  if (!(n >= 1 && n <= N_MAX && r >= 1 && r <= n && w >= 1 && w <= n)) {
    throw new RangeError(`need 1 ≤ R, W ≤ N ≤ ${N_MAX}; got N=${n} R=${r} W=${w}`);
  }
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`bad trials ${trials}`);
  const rng = createRng(config.seed);
  const visible = new Float32Array(trials);
  const readMs = new Float32Array(trials);
  const writeMs = new Float32Array(trials);
  const wLeg = new Float64Array(n);
  const rLeg = new Float64Array(n);
  const writeDone = new Float64Array(n);
  const readDone = new Float64Array(n);
  const ackOrder = new Int32Array(n);
  const ackRank = new Int32Array(n);
  const readOrder = new Int32Array(n);
  let done = 0;
  let misses = 0;

  function trial(index: number): void {
    const writeDc = remoteMs > 0 ? Math.floor(nextFloat(rng) * n) : -1;
    const readDc = remoteMs > 0 ? Math.floor(nextFloat(rng) * n) : -1;
    for (let i = 0; i < n; i++) {
      const writeExtra = i === writeDc || writeDc < 0 ? 0 : remoteMs;
      const readExtra = i === readDc || readDc < 0 ? 0 : remoteMs;
      const wi = samplers.W(rng) + writeExtra;
      const ai = samplers.A(rng) + writeExtra;
      const ri = samplers.R(rng) + readExtra;
      const si = samplers.S(rng) + readExtra;
      wLeg[i] = wi;
      rLeg[i] = ri;
      writeDone[i] = wi + ai;
      readDone[i] = ri + si;
    }
    sortIndices(writeDone, ackOrder, n);
    sortIndices(readDone, readOrder, n);
    for (let j = 0; j < n; j++) ackRank[ackOrder[j]!] = j;
    const commit = writeDone[ackOrder[w - 1]!]!;
    let visibleAfter = Infinity;
    let overlaps = false;
    for (let j = 0; j < r; j++) {
      const i = readOrder[j]!;
      const after = wLeg[i]! - rLeg[i]! - commit;
      if (after < visibleAfter) visibleAfter = after;
      if (ackRank[i]! < w) overlaps = true;
    }
    visible[index] = visibleAfter > 0 ? visibleAfter : 0;
    writeMs[index] = commit;
    readMs[index] = readDone[readOrder[r - 1]!]!;
    if (!overlaps) misses++;
  }

  return {
    get done() {
      return done;
    },
    total: trials,
    advance(count) {
      const end = Math.min(trials, done + count);
      for (let t = done; t < end; t++) trial(t);
      done = end;
      return done === trials;
    },
    finish() {
      if (done < trials) throw new Error(`run unfinished: ${done} of ${trials} trials`);
      sortFloat32(visible);
      sortFloat32(readMs);
      sortFloat32(writeMs);
      return { trials, visibleAfterMs: visible, readMs, writeMs, quorumMisses: misses };
    },
  };
}

/** Runs every trial at once. */
export function runWars(config: WarsConfig): WarsSamples {
  const run = startWars(config);
  run.advance(config.trials);
  return run.finish();
}
