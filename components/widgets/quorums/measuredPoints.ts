/**
 * Measured staleness as chart points: each read's time since the commit it could have
 * seen, bucketed the way the PBS chart spaces its curve (sim/pbs/measured.ts), each point
 * at its reads' mean time with the fraction consistent and the count behind it. Reads
 * later than the predicted curve's end are left out: by then the prediction is flat at 1.
 * Times are rounded to three significant digits for the table. Pure.
 */
import { bucketReads, stalenessBucketEdges, type MeasuredStaleness } from '@/sim/pbs/measured';
import { US_PER_MS } from '@/sim/core';
import type { ReadSample } from '@/sim/scenarios/quorums/staleness';

export function measuredPoints(
  samples: readonly ReadSample[],
  tMaxMs: number,
): MeasuredStaleness[] {
  const reads = samples.map((sample) => ({
    tMs: sample.sinceCommit / US_PER_MS,
    consistent: sample.consistent,
  }));
  return bucketReads(reads, stalenessBucketEdges(tMaxMs)).map((point) => ({
    ...point,
    tMs: Number(point.tMs.toPrecision(3)),
  }));
}
