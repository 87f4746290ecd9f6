import { describe, expect, it } from 'vitest';
import { parseCpuTimes, stealPercent } from './steal';

describe('CPU steal', () => {
  it('reads the aggregate line of /proc/stat', () => {
    const stat = 'cpu  100 10 50 800 5 0 5 30 7 0\ncpu0 50 5 25 400 2 0 2 15 0 0\nintr 1\n';
    expect(parseCpuTimes(stat)).toEqual({ total: 1000, steal: 30 });
  });

  it('gives the share stolen between two readings', () => {
    expect(stealPercent({ total: 1000, steal: 30 }, { total: 3000, steal: 530 })).toBe(25);
  });

  it('says nothing when it cannot know', () => {
    expect(parseCpuTimes('intr 1\n')).toBeNull();
    expect(parseCpuTimes('cpu  1 2 x\n')).toBeNull();
    expect(stealPercent(null, { total: 1, steal: 0 })).toBeNull();
    expect(stealPercent({ total: 5, steal: 0 }, { total: 5, steal: 0 })).toBeNull();
  });
});
