/**
 * Numbers and sentences of the PBS calculator, apart from the page, so tests can pin them.
 * Pure.
 */
import type { PbsInput, PbsResult } from '@/sim/pbs/calculate';

/** Milliseconds with three significant digits at most, grouped: 0.655, 53, 1,454. */
export function formatMs(ms: number): string {
  if (ms === 0) return '0 ms';
  const digits = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${ms.toLocaleString('en-US', { maximumFractionDigits: digits })} ms`;
}

/** A probability as a percentage that never rounds a miss up to 100 % or a hit down to 0 %. */
export function formatPercent(p: number): string {
  if (p === 1) return '100 %';
  if (p === 0) return '0 %';
  let digits = 1;
  while (
    digits < 6 &&
    (Number((p * 100).toFixed(digits)) >= 100 || Number((p * 100).toFixed(digits)) <= 0)
  )
    digits++;
  return `${(p * 100).toFixed(digits)} %`;
}

/** The one-sentence reading of a result, for the page and its live region. */
export function resultSentence(input: PbsInput, result: PbsResult): string {
  const quorum = `N=${input.n}, R=${input.r}, W=${input.w}`;
  if (result.strict) {
    return `${quorum}: R + W > N, so every read quorum overlaps every write quorum and no read is stale without failures or sloppy quorums. Reads take ${formatMs(result.latency.read.p50)} at the median, writes ${formatMs(result.latency.write.p50)}.`;
  }
  if (result.curve[0]?.p === 1) {
    return `${quorum}: R + W ≤ N allows stale reads, but none of ${result.trials.toLocaleString('en-US')} trials read one: the write reaches every replica before a read can.`;
  }
  const atCommit = result.consistentAt.find((point) => point.tMs === 0);
  const first = atCommit
    ? `${formatPercent(atCommit.p)} of reads issued as the write commits return it`
    : `reads can miss the latest write`;
  const { p99, p999 } = result.tVisibility;
  const tail =
    p999 === 0
      ? 'at least 99.9 % see it at once'
      : p99 === 0
        ? `at least 99 % see it at once, and 99.9 % by ${formatMs(p999)}`
        : `99 % do by ${formatMs(p99)} and 99.9 % by ${formatMs(p999)}`;
  return `${quorum}: ${first}; ${tail}.`;
}
