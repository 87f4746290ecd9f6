import { describe, expect, it } from 'vitest';
import type { ReadSample } from '@/sim/scenarios/quorum-kv/staleness';
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
  it('bins reads on widening edges, places each point at its reads’ mean time', () => {
    const points = measuredPoints(
      [
        read(0.1, false),
        read(0.2, true),
        read(3, true),
        read(4, false),
        read(7, true),
        read(80, true),
      ],
      30,
    );
    expect(points).toEqual([
      { tMs: 0.15, consistent: 0.5, reads: 2 },
      { tMs: 3.5, consistent: 0.5, reads: 2 },
      { tMs: 7, consistent: 1, reads: 1 },
    ]);
  });

  it('has no points without reads', () => {
    expect(measuredPoints([], 100)).toEqual([]);
  });
});
