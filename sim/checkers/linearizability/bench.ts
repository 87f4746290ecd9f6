/**
 * Times the checker on a suite of Jepsen logs, for `npm run bench`. sim/ has no clock,
 * so the caller passes one in (for example the performance clock of a Node script).
 * Timing lives here and not in tests: tests must not depend on machine speed.
 */
import { checkLinearizability } from './checkLinearizability';
import { parseJepsenLog } from './parseJepsenLog';
import type { Verdict } from './verdict';

export interface BenchFile {
  readonly name: string;
  readonly text: string;
}

export interface BenchResult {
  readonly name: string;
  readonly ops: number;
  readonly verdict: Verdict['linearizable'] | 'parse-error';
  /** Median wall time of `checkLinearizability` over the runs (parsing excluded). */
  readonly medianMs: number;
}

export interface BenchOptions {
  /** A clock in milliseconds, injected by the caller. */
  readonly now: () => number;
  /** Timed runs per file, after one untimed warm-up run. Default 5. */
  readonly runs?: number;
}

/**
 * Parses each file once, then checks it `runs` times and reports the median. Not pure:
 * it reads the injected clock.
 */
export function benchJepsenSuite(
  files: readonly BenchFile[],
  options: BenchOptions,
): BenchResult[] {
  const runs = Math.max(1, options.runs ?? 5);
  return files.map(({ name, text }) => {
    const parsed = parseJepsenLog(text);
    if (!parsed.ok) return { name, ops: 0, verdict: 'parse-error', medianMs: 0 };
    let verdict = checkLinearizability(parsed.history).linearizable;
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = options.now();
      verdict = checkLinearizability(parsed.history).linearizable;
      times.push(options.now() - start);
    }
    return { name, ops: parsed.history.ops.length, verdict, medianMs: median(times) };
  });
}

/** The median of a non-empty list. Pure. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : (upper + (sorted[middle - 1] ?? upper)) / 2;
}
