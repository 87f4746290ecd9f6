/**
 * One-way message latencies for the WARS model of Probabilistically Bounded Staleness:
 * the four legs of a quorum operation, each a mixture distribution in milliseconds.
 *
 * - `Leg`: W (write request, coordinator to replica), A (write ack, replica to
 *   coordinator), R (read request), S (read response).
 * - `MixturePart`: a weighted Pareto (`xm` ms, shape `alpha`; CDF 1 − (xm/x)^α for x ≥ xm)
 *   or exponential (`lambda` per ms, mean 1/λ ms). A `LegMixture`'s weights sum to 1.
 * - `LatencyProfile`: a mixture per leg plus `remoteMs`, the extra delay of every message to
 *   or from a remote data centre (75 ms for WAN, 0 otherwise; the WAN model puts one
 *   replica in each data centre and starts each operation in a random one).
 * - `PROFILES`: the production fits; `exponentialProfile(λW, λARS)`: the synthetic one.
 * - `sampleLegMs(mix, rng)`: one draw, from the seeded PRNG of sim/core/rng.ts
 *   (`compileLegSampler(mix)` gives the same draws as a reusable function).
 * - `parseProfileId(text)`: a profile id from user text, or undefined.
 *
 * The fits are Table 4 of Bailis, Venkataraman, Franklin, Hellerstein and Stoica,
 * "Probabilistically Bounded Staleness for Practical Partial Quorums", PVLDB 5(8), 2012:
 * LinkedIn's Voldemort on SSDs and on spinning disks, and Yammer's Riak. The paper gives
 * LNKD-DISK's A, R and S as LNKD-SSD's (only the write to disk differs), YMMR's R and S as
 * its A, and builds WAN from LNKD-DISK plus 75 ms per remote message (§5.2).
 *
 * Pure, except that sampling advances the generator it is given.
 */
import { nextFloat, type Rng } from '../core/rng';

export type Leg = 'W' | 'A' | 'R' | 'S';
export const LEGS: readonly Leg[] = ['W', 'A', 'R', 'S'];

export type ParetoPart = { readonly pareto: { readonly xm: number; readonly alpha: number } };
export type ExponentialPart = { readonly exponential: { readonly lambda: number } };
/** One weighted component of a leg's distribution, in milliseconds (λ per millisecond). */
export type MixturePart = { readonly weight: number } & (ParetoPart | ExponentialPart);
export type LegMixture = readonly MixturePart[];

export type ProfileId = 'exponential' | 'lnkd-ssd' | 'lnkd-disk' | 'ymmr' | 'wan';
export const PROFILE_IDS: readonly ProfileId[] = [
  'exponential',
  'lnkd-ssd',
  'lnkd-disk',
  'ymmr',
  'wan',
];

export interface LatencyProfile {
  readonly id: ProfileId;
  readonly label: string;
  readonly legs: Readonly<Record<Leg, LegMixture>>;
  /** Extra ms on every message to or from a remote data centre (WAN: 75), 0 otherwise. */
  readonly remoteMs: number;
}

// Table 4 of the PBS paper (PVLDB 5(8), 2012).
const LNKD_SSD: LegMixture = [
  { weight: 0.9122, pareto: { xm: 0.235, alpha: 10 } },
  { weight: 0.0878, exponential: { lambda: 1.66 } },
];
const LNKD_DISK_W: LegMixture = [
  { weight: 0.38, pareto: { xm: 1.05, alpha: 1.51 } },
  { weight: 0.62, exponential: { lambda: 0.183 } },
];
const YMMR_W: LegMixture = [
  { weight: 0.939, pareto: { xm: 3, alpha: 3.35 } },
  { weight: 0.061, exponential: { lambda: 0.0028 } },
];
const YMMR_ARS: LegMixture = [
  { weight: 0.982, pareto: { xm: 1.5, alpha: 3.8 } },
  { weight: 0.018, exponential: { lambda: 0.0217 } },
];

/** The extra one-way delay to or from a remote data centre in the WAN profile (§5.2). */
export const WAN_REMOTE_MS = 75;

const LNKD_DISK_LEGS = { W: LNKD_DISK_W, A: LNKD_SSD, R: LNKD_SSD, S: LNKD_SSD } as const;

export const PROFILES: Readonly<Record<Exclude<ProfileId, 'exponential'>, LatencyProfile>> = {
  'lnkd-ssd': {
    id: 'lnkd-ssd',
    label: 'LNKD-SSD (Voldemort on SSD)',
    legs: { W: LNKD_SSD, A: LNKD_SSD, R: LNKD_SSD, S: LNKD_SSD },
    remoteMs: 0,
  },
  'lnkd-disk': {
    id: 'lnkd-disk',
    label: 'LNKD-DISK (Voldemort on disk)',
    legs: LNKD_DISK_LEGS,
    remoteMs: 0,
  },
  ymmr: {
    id: 'ymmr',
    label: 'YMMR (Riak at Yammer)',
    legs: { W: YMMR_W, A: YMMR_ARS, R: YMMR_ARS, S: YMMR_ARS },
    remoteMs: 0,
  },
  wan: {
    id: 'wan',
    label: 'WAN (LNKD-DISK, one replica per data centre, +75 ms remote)',
    legs: LNKD_DISK_LEGS,
    remoteMs: WAN_REMOTE_MS,
  },
};

/**
 * The synthetic profile: W exponential with rate `lambdaW` per ms, and A, R and S
 * exponential with rate `lambdaArs`. Throws a RangeError unless both rates are finite and
 * positive (callers validate user input first and report it; this guards the model). Pure.
 */
export function exponentialProfile(lambdaW: number, lambdaArs: number): LatencyProfile {
  for (const [name, rate] of [
    ['lambdaW', lambdaW],
    ['lambdaArs', lambdaArs],
  ] as const) {
    if (!Number.isFinite(rate) || rate <= 0) {
      throw new RangeError(`${name} must be a positive rate per ms, not ${rate}`);
    }
  }
  const ars: LegMixture = [{ weight: 1, exponential: { lambda: lambdaArs } }];
  return {
    id: 'exponential',
    label: `Exponential (λW = ${lambdaW}/ms, λARS = ${lambdaArs}/ms)`,
    legs: { W: [{ weight: 1, exponential: { lambda: lambdaW } }], A: ars, R: ars, S: ars },
    remoteMs: 0,
  };
}

/** The smallest 1 − U a 32-bit uniform gives: keeps both inverse CDFs finite. */
const SMALLEST_TAIL = 2 ** -32;

/**
 * A sampler for one mixture, flattened into typed arrays so the Monte Carlo's inner loop
 * stays monomorphic. Each sample takes one uniform U: the component whose share of [0, 1)
 * holds U is chosen, and U's position within that share, V in (0, 1], is inverted through
 * the component's CDF: Pareto xm · V^(−1/α), exponential −ln V / λ. Pure.
 */
export function compileLegSampler(mix: LegMixture): (rng: Rng) => number {
  const count = mix.length;
  const lower = new Float64Array(count);
  const upper = new Float64Array(count);
  const width = new Float64Array(count);
  const isPareto = new Uint8Array(count);
  /** Pareto: xm; exponential: λ. */
  const scale = new Float64Array(count);
  /** Pareto: −1/α. */
  const exponent = new Float64Array(count);
  let sum = 0;
  mix.forEach((part, i) => {
    lower[i] = sum;
    width[i] = part.weight;
    sum += part.weight;
    upper[i] = i === count - 1 ? Infinity : sum;
    if ('pareto' in part) {
      isPareto[i] = 1;
      scale[i] = part.pareto.xm;
      exponent[i] = -1 / part.pareto.alpha;
    } else {
      scale[i] = part.exponential.lambda;
    }
  });
  return (rng) => {
    const pick = nextFloat(rng);
    let i = 0;
    while (pick >= upper[i]!) i++;
    let v = 1 - (pick - lower[i]!) / width[i]!;
    if (!(v >= SMALLEST_TAIL)) v = SMALLEST_TAIL; // rounding at a share's edge
    const logV = Math.log(v);
    return isPareto[i] === 1 ? scale[i]! * Math.exp(logV * exponent[i]!) : -logV / scale[i]!;
  };
}

const compiled = new WeakMap<LegMixture, (rng: Rng) => number>();

/**
 * One draw from a mixture, in ms, as `compileLegSampler` draws it (compiled once per
 * mixture and remembered). Advances `rng` by one draw.
 */
export function sampleLegMs(mix: LegMixture, rng: Rng): number {
  let sampler = compiled.get(mix);
  if (sampler === undefined) {
    sampler = compileLegSampler(mix);
    compiled.set(mix, sampler);
  }
  return sampler(rng);
}

/** The mean of a mixture in ms (infinite for a Pareto part with α ≤ 1). Pure. */
export function meanLegMs(mix: LegMixture): number {
  let mean = 0;
  for (const part of mix) {
    const partMean =
      'pareto' in part
        ? part.pareto.alpha > 1
          ? (part.pareto.alpha * part.pareto.xm) / (part.pareto.alpha - 1)
          : Infinity
        : 1 / part.exponential.lambda;
    mean += part.weight * partMean;
  }
  return mean;
}

/** The profile id named by `text` (case-insensitive, trimmed), or undefined. Pure. */
export function parseProfileId(text: string): ProfileId | undefined {
  const id = text.trim().toLowerCase();
  return (PROFILE_IDS as readonly string[]).includes(id) ? (id as ProfileId) : undefined;
}
