import { describe, expect, it } from 'vitest';
import { axisTicks } from './timeAxis';

describe('axisTicks', () => {
  it('labels round times, about one every 90 px, where they fall on the plot', () => {
    const ticks = axisTicks({ start: 0, end: 1_030_000 }, 'time', 48, 848);
    expect(ticks).toHaveLength(11);
    ticks.forEach((tick, i) => expect(tick.x).toBeCloseTo(48 + (800 * i * 100_000) / 1_030_000));
    expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(['0 ms', '100 ms', '200 ms']);
  });
  it('keeps at least two ticks on a narrow plot, and counts Lamport time in whole ticks', () => {
    const ticks = axisTicks({ start: 0, end: 12 }, 'logical', 48, 100);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.every((t) => /^\d+$/.test(t.label))).toBe(true);
  });
  it('only ticks inside the plot', () => {
    const ticks = axisTicks({ start: 1234, end: 5678 }, 'time', 48, 848);
    expect(ticks.every((t) => t.x >= 48 && t.x <= 848)).toBe(true);
  });
});
