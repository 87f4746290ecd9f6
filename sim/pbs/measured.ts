/**
 * Staleness measured on a running cluster, in the shape the staleness chart draws over
 * the PBS prediction: reads grouped by how long after the latest committed write they
 * were issued, with the fraction of each group that returned that write. Pure.
 */

/** One read observed in a run. */
export interface ObservedRead {
  /** When the read was issued, in ms after the latest write to its key committed. */
  readonly tMs: number;
  /** Whether it returned that write (or a newer one). */
  readonly consistent: boolean;
}

/** Measured staleness for one bucket of time since commit. */
export interface MeasuredStaleness {
  /** The mean time since commit of the bucket's reads, in ms. */
  readonly tMs: number;
  /** Fraction of the bucket's reads that returned the latest committed write, 0 to 1. */
  readonly consistent: number;
  /** How many reads the fraction rests on. */
  readonly reads: number;
}

/**
 * Bucket edges from 0 to `tMaxMs` on the same log(1 + t) spacing as the predicted curve:
 * `count` buckets, the first starting at 0.
 */
export function stalenessBucketEdges(tMaxMs: number, count = 12): number[] {
  const top = Math.log1p(Math.max(tMaxMs, 1e-3));
  return Array.from({ length: count + 1 }, (_, i) => Math.expm1((top * i) / count));
}

/**
 * Groups reads into the buckets [edges[i], edges[i+1]) (the last one closed), one point per
 * bucket that has reads. Reads outside the edges are left out.
 */
export function bucketReads(
  reads: readonly ObservedRead[],
  edgesMs: readonly number[],
): MeasuredStaleness[] {
  const buckets = edgesMs.length - 1;
  const count = new Array<number>(Math.max(0, buckets)).fill(0);
  const hits = count.slice();
  const tSum = count.slice();
  for (const read of reads) {
    if (!(read.tMs >= edgesMs[0]!) || read.tMs > edgesMs[buckets]!) continue;
    let lo = 0;
    let hi = buckets - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (edgesMs[mid]! <= read.tMs) lo = mid;
      else hi = mid - 1;
    }
    count[lo]!++;
    tSum[lo]! += read.tMs;
    if (read.consistent) hits[lo]!++;
  }
  const points: MeasuredStaleness[] = [];
  for (let i = 0; i < buckets; i++) {
    if (count[i]! > 0)
      points.push({
        tMs: tSum[i]! / count[i]!,
        consistent: hits[i]! / count[i]!,
        reads: count[i]!,
      });
  }
  return points;
}
