/**
 * Reading a finished WARS run: empirical distribution functions over its sorted samples.
 * Pure functions; each is a binary search or an index, so a curve of a few hundred points
 * costs microseconds even for ten million trials.
 */

/** How many entries of the ascending `sorted` are ≤ x. */
export function countAtMost(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fraction of trials whose read sees the write t ms after commit. */
export function consistentAtMs(visibleAfterMs: ArrayLike<number>, tMs: number): number {
  return countAtMost(visibleAfterMs, tMs) / visibleAfterMs.length;
}

/**
 * The q-quantile (0 < q ≤ 1) of the ascending `sorted`: the smallest sample with at least
 * q of all samples at or below it (nearest rank).
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface CurvePoint {
  readonly tMs: number;
  /** Fraction of reads, issued t ms after commit, that return the committed write. */
  readonly p: number;
}

/**
 * P(consistent) at `points` times from 0 to `tMaxMs`, spaced evenly on a log(1 + t) scale
 * so that both the first millisecond and the tail get detail.
 */
export function consistencyCurve(
  visibleAfterMs: ArrayLike<number>,
  tMaxMs: number,
  points = 120,
): CurvePoint[] {
  const curve: CurvePoint[] = [];
  const top = Math.log1p(Math.max(tMaxMs, 1e-3));
  for (let i = 0; i < points; i++) {
    const tMs = Math.expm1((top * i) / (points - 1));
    curve.push({ tMs, p: consistentAtMs(visibleAfterMs, tMs) });
  }
  return curve;
}
