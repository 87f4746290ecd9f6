import { describe, expect, it } from 'vitest';
import type { ReadSample } from '@/sim/scenarios/quorums/staleness';
import { measuredPoints } from './measuredPoints';

const read = (ms: number, consistent: boolean): ReadSample => ({
  at: 0,
  key: 'k1',
  node: 'n1',
  consistent,
  versionsBehind: consistent ? 0 : 1,
  sinceCommit: ms * 1000,
});

describe('measuredPoints', () => {
  it('buckets reads by time since commit, each point at its reads’ mean time', () => {
    const points = measuredPoints(
      [read(0.1, false), read(0.11, true), read(20, true), read(20.4, false), read(80, true)],
      30,
    );
    expect(points).toEqual([
      { tMs: 0.105, consistent: 0.5, reads: 2 },
      { tMs: 20.2, consistent: 0.5, reads: 2 },
    ]);
  });

  it('has no points without reads', () => {
    expect(measuredPoints([], 100)).toEqual([]);
  });
});
