import { runChild } from '../lib/child';
import { measured } from '../lib/figure';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';

interface CheckerResult {
  files: { name: string; ops: number; verdict: unknown; samples: number[] }[];
  wrong: string[];
}

/**
 * Checker figures over the Jepsen etcd suite. Per run: the slowest file's time, the
 * median file's time, and the whole suite's time.
 */
export async function runChecker(runs: number): Promise<Figure[]> {
  const result = await runChild<CheckerResult>('bench/checker/child.ts', [
    JSON.stringify({ runs }),
  ]);
  if (result.wrong.length > 0)
    throw new Error(`the checker disagrees with expected.json on ${result.wrong.join(', ')}`);
  const perRun = (pick: (times: number[]) => number) =>
    Array.from({ length: runs }, (_, run) => pick(result.files.map((f) => f.samples[run]!)));
  const ranked = [...result.files].sort((a, b) => median(b.samples) - median(a.samples));
  const slowest = ranked.slice(0, 5).map((f) => ({
    name: f.name,
    ops: f.ops,
    linearizable: f.verdict,
    medianMs: median(f.samples),
  }));
  return [
    measured(
      'checker',
      'checker.slowest',
      `Jepsen etcd (${result.files.length} files): slowest file`,
      'ms',
      perRun((times) => Math.max(...times)),
      { slowest },
    ),
    measured(
      'checker',
      'checker.median',
      'Jepsen etcd: median file',
      'ms',
      perRun((times) => median(times)),
    ),
    measured(
      'checker',
      'checker.suite',
      'Jepsen etcd: whole suite',
      'ms',
      perRun((times) => times.reduce((a, b) => a + b, 0)),
    ),
  ];
}
