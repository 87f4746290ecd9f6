/**
 * The messages between the page and the checker worker. Each job carries an id; every
 * reply names the job it is about, so the page can drop replies to a job it has
 * replaced. A job is a history to check, or text to parse first (so a large pasted or
 * opened history is read off the main thread too).
 */
import type { CheckProgress, History, Verdict } from '@/sim/checkers/linearizability';

export type CheckerJobBody =
  | { readonly type: 'check'; readonly history: History }
  | { readonly type: 'parse-and-check'; readonly text: string };

export type CheckerJob = CheckerJobBody & { readonly id: number };

export type CheckerReply =
  | { readonly id: number; readonly type: 'parsed'; readonly history: History }
  | { readonly id: number; readonly type: 'invalid'; readonly errors: readonly string[] }
  | { readonly id: number; readonly type: 'progress'; readonly progress: CheckProgress }
  | {
      readonly id: number;
      readonly type: 'verdict';
      readonly verdict: Verdict;
      /** How many operations were checked. */
      readonly count: number;
    }
  | { readonly id: number; readonly type: 'failed'; readonly reason: string };

/** Bounds for a check in the browser: it answers "could not decide" rather than hang. */
export const BROWSER_LIMITS = {
  /** A few seconds of search (bench/README.md, "Measurements behind the code"). */
  searchStepsMax: 20_000_000,
  cacheBytesMax: 256 * 1024 * 1024,
  /** Wall-clock bound on one check, in milliseconds. */
  timeLimitMs: 60_000,
} as const;

/** The longest failure reason shown, in characters. */
const REASON_CHARS_MAX = 300;

/** A short, single-line reason from whatever a failing worker reported. Pure. */
export function describeFailure(error: unknown): string {
  const raw =
    error instanceof Error
      ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
      : typeof error === 'string'
        ? error
        : '';
  const text = raw.replace(/\s+/g, ' ').trim() || 'the checker stopped without saying why';
  return text.length > REASON_CHARS_MAX ? `${text.slice(0, REASON_CHARS_MAX - 1)}…` : text;
}
