import * as d3 from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleLinear } from './linearScale';

// Domains are virtual times or Lamport ticks, ranges are pixel edges: whole numbers.
const bound = fc.integer({ min: -1e9, max: 1e9 });
const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });

describe('linear scale', () => {
  it('maps and inverts as d3-scale does', () => {
    fc.assert(
      fc.property(bound, bound, bound, bound, finite, (a, b, c, d, v) => {
        fc.pre(a !== b && c !== d);
        const ours = scaleLinear().domain([a, b]).range([c, d]);
        const theirs = d3.scaleLinear().domain([a, b]).range([c, d]);
        const close = (x: number, y: number) =>
          Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
        expect(close(ours(v), theirs(v))).toBe(true);
        expect(close(ours.invert(v), theirs.invert(v))).toBe(true);
      }),
    );
  });

  it('copies independently of the original', () => {
    const scale = scaleLinear().domain([0, 10]).range([0, 100]);
    const copy = scale.copy().domain([0, 20]);
    expect(scale(10)).toBe(100);
    expect(copy(10)).toBe(50);
    expect(scale.domain()).toEqual([0, 10]);
    expect(copy.range()).toEqual([0, 100]);
  });

  it('sends a collapsed domain to the middle of the range', () => {
    expect(scaleLinear().domain([5, 5]).range([0, 100])(5)).toBe(50);
  });

  it('ticks its own domain, in its direction', () => {
    expect(scaleLinear().domain([0, 1]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(scaleLinear().domain([10, 0]).ticks(2)).toEqual([10, 5, 0]);
  });
});
