/**
 * Bucketing observed reads for the staleness chart.
 */
import { describe, expect, it } from 'vitest';
import { bucketReads, stalenessBucketEdges } from './measured';

describe('stalenessBucketEdges', () => {
  it('runs from 0 to the end on a log(1 + t) spacing', () => {
    const edges = stalenessBucketEdges(99, 2);
    expect(edges[0]).toBe(0);
    expect(edges[1]).toBeCloseTo(9, 9);
    expect(edges[2]).toBeCloseTo(99, 9);
  });
});

describe('bucketReads', () => {
  it('gives each bucket with reads its mean time, fraction consistent and count', () => {
    const points = bucketReads(
      [
        { tMs: 0, consistent: false },
        { tMs: 0.5, consistent: true },
        { tMs: 4, consistent: true },
        { tMs: 10, consistent: true },
        { tMs: 10, consistent: false },
        { tMs: 11, consistent: true },
        { tMs: 250, consistent: true },
      ],
      [0, 1, 5, 10],
    );
    expect(points).toEqual([
      { tMs: 0.25, consistent: 0.5, reads: 2 },
      { tMs: 4, consistent: 1, reads: 1 },
      { tMs: 10, consistent: 0.5, reads: 2 },
    ]);
  });

  it('returns nothing without reads or buckets', () => {
    expect(bucketReads([], [0, 1, 2])).toEqual([]);
    expect(bucketReads([{ tMs: 1, consistent: true }], [0])).toEqual([]);
  });
});
