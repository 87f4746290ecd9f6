/**
 * PBS calculator speed, in its own process: `node --import tsx bench/pbs/child.ts
 * '{"runs":5}'`. Each run times one million WARS trials for N=3, R=W=1 under LNKD-DISK
 * (the calculator's default), sorting and summary included, and then the (R, W)
 * trade-off table for N=3. One untimed 100,000-trial run warms the JIT first.
 */
import { performance } from 'node:perf_hooks';
import { calculatePbs, tradeoffTable, PBS_DEFAULTS } from '@/sim/pbs';
import { reply } from '../lib/child';

const { runs = 5 } = JSON.parse(process.argv[2] ?? '{}') as { runs?: number };
const input = { ...PBS_DEFAULTS, n: 3, r: 1, w: 1, profile: 'lnkd-disk' as const };

calculatePbs({ ...input, trials: 100_000 });
const trials: number[] = [];
/** CPU time of the same work: on a shared machine, wall time also counts waiting for a core. */
const trialsCpu: number[] = [];
const table: number[] = [];
let check = 0;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = calculatePbs({ ...input, trials: 1_000_000, seed: run + 1 });
  const middle = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  const rows = tradeoffTable({ ...input, seed: run + 1 });
  const end = performance.now();
  trials.push(middle - start);
  trialsCpu.push((cpu.user + cpu.system) / 1000);
  table.push(end - middle);
  check += result.consistentAt[0]!.p + rows.length;
  process.stderr.write(`  · pbs run ${run + 1}/${runs}: ${(middle - start).toFixed(0)} ms\n`);
}
reply({ trials, trialsCpu, table, check });
