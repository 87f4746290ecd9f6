/**
 * The radix sort agrees with the built-in sort on any floats, including the ones it hands
 * back to the built-in sort (negative, −0, NaN).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat32 } from './radixSort';

describe('sortFloat32', () => {
  it('sorts like Float32Array.prototype.sort', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noDefaultInfinity: false }), { maxLength: 3000 }), (list) => {
        const values = Float32Array.from(list);
        expect(sortFloat32(values.slice())).toEqual(values.slice().sort());
      }),
      { numRuns: 300 },
    );
  });

  it('sorts non-negative floats across every exponent, with ties and infinity', () => {
    const list = fc.sample(fc.float({ min: 0, noNaN: true }), { numRuns: 50_000, seed: 3 });
    const values = Float32Array.from([...list, 0, 0, Infinity, 1e-45, 3.5, 3.5]);
    expect(sortFloat32(values.slice())).toEqual(values.slice().sort());
  });
});
