import { describe, expect, it } from 'vitest';
import { expectedOutages, measureOutages } from './outages';

describe('three of everything', () => {
  it('measures what independent failures predict', () => {
    const measured = measureOutages(0.05, 1_000_000, 1);
    const expected = expectedOutages(0.05);
    expect(measured.oneDown).toBeCloseTo(expected.oneDown, 3);
    expected.partitionDown.forEach((share, k) => {
      expect(Math.abs(measured.partitionDown[k]! - share) / share).toBeLessThan(0.15);
    });
    expected.someDataLost.forEach((share, k) => {
      expect(Math.abs(measured.someDataLost[k]! - share) / share).toBeLessThan(0.15);
    });
  });

  it('replays from its seed', () => {
    expect(measureOutages(0.1, 10_000, 4)).toEqual(measureOutages(0.1, 10_000, 4));
  });
});
