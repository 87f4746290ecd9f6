import { describe, expect, it } from 'vitest';
import { benchJepsenSuite, median } from './bench';

describe('benchJepsenSuite', () => {
  it('reports the median of the timed runs from the injected clock', () => {
    let tick = 0;
    const now = () => (tick += 1) * (tick % 3 === 0 ? 10 : 1);
    const files = [
      { name: 'empty.log', text: '' },
      { name: 'bad.log', text: 'not a log' },
    ];
    const results = benchJepsenSuite(files, { now, runs: 3 });
    expect(results.map(({ name, ops, verdict }) => ({ name, ops, verdict }))).toEqual([
      { name: 'empty.log', ops: 0, verdict: true },
      { name: 'bad.log', ops: 0, verdict: 'parse-error' },
    ]);
    expect(results[0]?.medianMs).toBeGreaterThan(0);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});
