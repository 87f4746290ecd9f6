import * as d3 from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleLinear } from './linearScale';

// Domains are virtual times or Lamport ticks, ranges are pixel edges: whole numbers.
const bound = fc.integer({ min: -1e9, max: 1e9 });
const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });

describe('linear scale', () => {
  it('maps, inverts and ticks as d3-scale does', () => {
    fc.assert(
      fc.property(
        bound,
        bound,
        bound,
        bound,
        finite,
        fc.integer({ min: 1, max: 20 }),
        (a, b, c, d, v, n) => {
          fc.pre(a !== b && c !== d);
          const ours = scaleLinear().domain([a, b]).range([c, d]);
          const theirs = d3.scaleLinear().domain([a, b]).range([c, d]);
          const close = (x: number, y: number) =>
            Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
          expect(close(ours(v), theirs(v))).toBe(true);
          expect(close(ours.invert(v), theirs.invert(v))).toBe(true);
          expect(ours.ticks(n)).toEqual(theirs.ticks(n));
        },
      ),
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
});
