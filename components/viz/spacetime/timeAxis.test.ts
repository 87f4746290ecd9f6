import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { axisTicks } from './timeAxis';

describe('axisTicks', () => {
  it('labels round times where a d3 linear scale would put its ticks', () => {
    const ticks = axisTicks({ start: 0, end: 1_030_000 }, 'time', 48, 848);
    const d3Scale = d3.scaleLinear().domain([0, 1_030_000]).range([48, 848]);
    expect(ticks.map((t) => t.x)).toEqual(d3Scale.ticks(8).map((v) => d3Scale(v)));
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
