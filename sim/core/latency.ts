/**
 * Message latency distributions. Each sample is drawn from the World's PRNG and rounded
 * to whole microseconds, so the same seed gives the same delays everywhere.
 */
import { assertNever } from './assertNever';
import { nextFloat, type Rng } from './rng';
import type { Micros } from './time';

export type LatencySpec =
  | { readonly kind: 'constant'; readonly us: Micros }
  | { readonly kind: 'uniform'; readonly min: Micros; readonly max: Micros }
  | { readonly kind: 'exponential'; readonly mean: Micros }
  | { readonly kind: 'normal'; readonly mean: Micros; readonly sd: Micros }
  | {
      readonly kind: 'pareto-mix';
      /** Probability that a message takes the heavy Pareto tail instead of the exponential body. */
      readonly tail: number;
      readonly exponentialMean: Micros;
      /** Pareto scale x_m: the smallest tail delay. */
      readonly scale: Micros;
      /** Pareto shape α; must exceed 1 for the mean to exist. */
      readonly shape: number;
    };

export type LatencyKind = LatencySpec['kind'];
export const LATENCY_KINDS: readonly LatencyKind[] = [
  'constant',
  'uniform',
  'exponential',
  'normal',
  'pareto-mix',
];

/** Smallest delay a message can have: a message never arrives in the instant it was sent. */
const MIN_DELAY: Micros = 1;

function gaussian(rng: Rng): number {
  // Box–Muller transform; 1 - u keeps the logarithm finite.
  const u = 1 - nextFloat(rng);
  const v = nextFloat(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function exponential(rng: Rng, mean: number): number {
  return -mean * Math.log(1 - nextFloat(rng));
}

/** Draws one delay. Advances `rng`. */
export function sampleLatency(spec: LatencySpec, rng: Rng): Micros {
  let delay: number;
  switch (spec.kind) {
    case 'constant':
      delay = spec.us;
      break;
    case 'uniform':
      delay = spec.min + nextFloat(rng) * (spec.max - spec.min);
      break;
    case 'exponential':
      delay = exponential(rng, spec.mean);
      break;
    case 'normal':
      delay = spec.mean + spec.sd * gaussian(rng);
      break;
    case 'pareto-mix':
      // Inverse-CDF sampling of a Pareto(x_m, α): x_m / U^(1/α).
      delay =
        nextFloat(rng) < spec.tail
          ? spec.scale / Math.pow(1 - nextFloat(rng), 1 / spec.shape)
          : exponential(rng, spec.exponentialMean);
      break;
    default:
      return assertNever(spec);
  }
  return Math.max(MIN_DELAY, Math.round(delay));
}

/** The analytic mean of a distribution (before rounding and the 1 µs floor). Pure. */
export function meanLatency(spec: LatencySpec): number {
  switch (spec.kind) {
    case 'constant':
      return spec.us;
    case 'uniform':
      return (spec.min + spec.max) / 2;
    case 'exponential':
      return spec.mean;
    case 'normal':
      return spec.mean;
    case 'pareto-mix': {
      const paretoMean = spec.shape > 1 ? (spec.shape * spec.scale) / (spec.shape - 1) : Infinity;
      return (1 - spec.tail) * spec.exponentialMean + spec.tail * paretoMean;
    }
    default:
      return assertNever(spec);
  }
}

/**
 * A distribution of the given kind whose mean is `mean`, shaped the way Lightcone's
 * scenarios use it. Pure.
 *
 * The Pareto/exponential mixture follows Bailis et al., "Probabilistically Bounded
 * Staleness for Practical Partial Quorums" (VLDB 2012), §5, which fit production
 * latencies with an exponential body and a Pareto tail. Here 10% of messages take a tail
 * with α = 1.5 (infinite variance) whose mean is three times the overall mean, and the
 * exponential body makes up the rest.
 */
export function latencyWithMean(kind: LatencyKind, mean: Micros): LatencySpec {
  switch (kind) {
    case 'constant':
      return { kind, us: mean };
    case 'uniform':
      return { kind, min: Math.round(mean / 2), max: Math.round((mean * 3) / 2) };
    case 'exponential':
      return { kind, mean };
    case 'normal':
      return { kind, mean, sd: Math.round(mean / 4) };
    case 'pareto-mix': {
      const tail = 0.1;
      const shape = 1.5;
      const scale = mean; // Pareto mean = α·x_m/(α−1) = 3·mean
      const exponentialMean = Math.round((mean - tail * 3 * mean) / (1 - tail));
      return { kind, tail, exponentialMean, scale, shape };
    }
    default:
      return assertNever(kind);
  }
}
