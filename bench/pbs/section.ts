import { runChild } from '../lib/child';
import { measured } from '../lib/figure';
import type { Figure } from '../lib/types';

/** PBS calculator figures: one million WARS trials for N=3, and the N=3 trade-off table. */
export async function runPbs(runs: number): Promise<Figure[]> {
  const result = await runChild<{ trials: number[]; trialsCpu: number[]; table: number[] }>(
    'bench/pbs/child.ts',
    [JSON.stringify({ runs })],
  );
  return [
    measured('pbs', 'pbs.1M.n3', 'PBS: 1M WARS trials, N=3, LNKD-DISK', 'ms', result.trials),
    measured('pbs', 'pbs.1M.n3.cpu', 'PBS: the same, CPU time', 'ms', result.trialsCpu),
    measured('pbs', 'pbs.table.n3', 'PBS: (R, W) table, N=3 (9 × 100k trials)', 'ms', result.table),
  ];
}
