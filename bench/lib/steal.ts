/**
 * CPU steal: time the hypervisor gave this virtual machine's CPUs to someone else. On a
 * shared VM it can halve every figure without any change to Lightcone (a pure heap loop
 * ran at 4.4 M instead of 7.5 M events/s in one run with a third of its time stolen), so
 * the bench reports it per section. Linux only; elsewhere it reads nothing.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface CpuTimes {
  /** All jiffies, and the stolen ones, summed over CPUs. */
  readonly total: number;
  readonly steal: number;
}

/** Parses the aggregate `cpu` line of /proc/stat. Pure. */
export function parseCpuTimes(stat: string): CpuTimes | null {
  const line = stat.split('\n').find((row) => row.startsWith('cpu '));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  // user nice system idle iowait irq softirq steal [guest guest_nice]: guests are already
  // counted in user and nice.
  const total = fields.slice(0, 8).reduce((sum, n) => sum + n, 0);
  return { total, steal: fields[7]! };
}

export function readCpuTimes(): CpuTimes | null {
  return existsSync('/proc/stat') ? parseCpuTimes(readFileSync('/proc/stat', 'utf8')) : null;
}

/** Percent of CPU time stolen between two readings, or null if unknown. Pure. */
export function stealPercent(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return (100 * (after.steal - before.steal)) / (after.total - before.total);
}
