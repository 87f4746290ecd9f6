/**
 * The PBS calculator's inputs as text, the way both the command line (`--lambda-w 0.1`)
 * and the page's URL (`?lambda-w=0.1`) carry them. One parser serves both, so the same
 * value is accepted or refused, with the same message, everywhere. A refused value is
 * replaced by a safe default and reported, naming the argument. Pure.
 */
import { SEED_MAX } from '../core/rng';
import type { PbsInput } from './calculate';
import { PROFILE_IDS, parseProfileId } from './latency';
import { N_MAX } from './wars';

/** The argument names, as on the command line without `--` and as URL parameters. */
export const PBS_ARGS = [
  'n',
  'r',
  'w',
  'profile',
  'lambda-w',
  'lambda-ars',
  'trials',
  'seed',
  't',
  'k',
] as const;
export type PbsArg = (typeof PBS_ARGS)[number];

export const TRIALS_MAX = 10_000_000;
export const TRIALS_MIN = 100;
export const K_MAX = 100;
export const T_COUNT_MAX = 24;
/** One hour: longer than any profile's tail. */
export const T_MS_MAX = 3_600_000;
export const LAMBDA_MAX = 1_000;

export const PBS_DEFAULTS: PbsInput = {
  n: 3,
  r: 1,
  w: 1,
  profile: 'lnkd-disk',
  lambdaW: 0.1,
  lambdaArs: 1,
  trials: 1_000_000,
  seed: 1,
  tMs: [0, 1, 10, 100],
  k: 1,
};

export interface PbsInputProblem {
  readonly arg: PbsArg;
  readonly message: string;
}

export interface ParsedPbsInput {
  /** Always usable: each refused value is replaced by its default. */
  readonly input: PbsInput;
  readonly problems: readonly PbsInputProblem[];
}

type Raw = Partial<Record<PbsArg, string>>;

function parseInteger(text: string, min: number, max: number): number | string {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return `must be a whole number from ${min} to ${max}`;
  const value = Number(trimmed);
  if (value < min || value > max) return `must be from ${min} to ${max}, not ${trimmed}`;
  return value;
}

function parseRate(text: string): number | string {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) return 'must be a number (a rate per ms)';
  if (value <= 0) return `must be a rate above 0 per ms, not ${text.trim()}`;
  if (value > LAMBDA_MAX) return `must be at most ${LAMBDA_MAX} per ms`;
  return value;
}

function parseTimes(text: string): number[] | string {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length > T_COUNT_MAX) return `takes at most ${T_COUNT_MAX} times`;
  const times: number[] = [];
  for (const part of parts) {
    const value = Number(part);
    if (part === '' || !Number.isFinite(value) || value < 0 || value > T_MS_MAX) {
      return `must be times in ms from 0 to ${T_MS_MAX}, separated by commas; "${part}" is not`;
    }
    times.push(value);
  }
  return [...new Set(times)].sort((a, b) => a - b);
}

/**
 * Reads the calculator's inputs. Absent arguments take their defaults; each bad one is
 * reported and defaulted. R and W are checked against the N in effect.
 */
export function parsePbsInput(raw: Raw): ParsedPbsInput {
  const problems: PbsInputProblem[] = [];
  /** Parses one argument; `parse` returns the value, or a string saying what is wrong. */
  function take<T extends number | readonly number[]>(
    arg: PbsArg,
    fallback: T,
    parse: (text: string) => T | string,
  ): T {
    const text = raw[arg];
    if (text === undefined) return fallback;
    const value = parse(text);
    if (typeof value === 'string') {
      problems.push({ arg, message: `${arg} ${value}` });
      return fallback;
    }
    return value;
  }
  const d = PBS_DEFAULTS;
  const n = take('n', d.n, (text) => parseInteger(text, 1, N_MAX));
  const quorum = (text: string) => parseInteger(text, 1, n);
  const r = take('r', Math.min(d.r, n), (text) => {
    const value = quorum(text);
    return typeof value === 'number' ? value : `${value} (R is at most N = ${n})`;
  });
  const w = take('w', Math.min(d.w, n), (text) => {
    const value = quorum(text);
    return typeof value === 'number' ? value : `${value} (W is at most N = ${n})`;
  });
  let profile = d.profile;
  if (raw.profile !== undefined) {
    const id = parseProfileId(raw.profile);
    if (id === undefined) {
      problems.push({
        arg: 'profile',
        message: `profile "${raw.profile.slice(0, 40)}" is unknown; use one of ${PROFILE_IDS.join(', ')}`,
      });
    } else profile = id;
  }
  return {
    input: {
      n,
      r,
      w,
      profile,
      lambdaW: take('lambda-w', d.lambdaW, parseRate),
      lambdaArs: take('lambda-ars', d.lambdaArs, parseRate),
      trials: take('trials', d.trials, (text) => parseInteger(text, TRIALS_MIN, TRIALS_MAX)),
      seed: take('seed', d.seed, (text) => parseInteger(text, 0, SEED_MAX)),
      tMs: take('t', d.tMs, parseTimes),
      k: take('k', d.k, (text) => parseInteger(text, 1, K_MAX)),
    },
    problems,
  };
}

/** The inputs as argument text, every one given, so that parsing it gives them back. Pure. */
export function formatPbsInput(input: PbsInput): Record<PbsArg, string> {
  return {
    n: String(input.n),
    r: String(input.r),
    w: String(input.w),
    profile: input.profile,
    'lambda-w': String(input.lambdaW),
    'lambda-ars': String(input.lambdaArs),
    trials: String(input.trials),
    seed: String(input.seed),
    t: input.tMs.join(','),
    k: String(input.k),
  };
}
