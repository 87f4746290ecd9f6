/**
 * Measured staleness as chart points: the reads binned by time since commit on edges that
 * widen with t (the chart's time axis is logarithmic past 1 ms), each point placed at its
 * reads' mean time, with the fraction consistent and the count behind it. Reads later than
 * the predicted curve's end are left out: by then the prediction is flat at 1. Pure.
 */
import type { ReadSample } from '@/sim/scenarios/quorum-kv/staleness';
import { binByTime } from '@/sim/scenarios/quorum-kv/staleness';

export interface MeasuredPoint {
  readonly tMs: number;
  readonly consistent: number;
  readonly reads: number;
}

/** Bin edges in ms: 1-2-5 steps from 0.25 ms up. */
const STEPS = [0, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

export function measuredPoints(samples: readonly ReadSample[], tMaxMs: number): MeasuredPoint[] {
  const edges = [...STEPS.filter((edge) => edge < tMaxMs), tMaxMs];
  return binByTime(samples, edges)
    .filter((bin) => bin.toMs !== null && bin.reads > 0)
    .map((bin) => ({
      tMs: Number(bin.meanMs!.toPrecision(3)),
      consistent: bin.consistent / bin.reads,
      reads: bin.reads,
    }));
}
