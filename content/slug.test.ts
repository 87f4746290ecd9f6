import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('makes ids from heading text', () => {
    expect(slugify('Dead, or cut off?')).toBe('dead-or-cut-off');
    expect(slugify('What “linearizable” means')).toBe('what-linearizable-means');
    expect(slugify('What "linearizable" means')).toBe('what-linearizable-means');
    expect(slugify("When one shot is in the other's cone")).toBe(
      'when-one-shot-is-in-the-others-cone',
    );
    expect(slugify('Riak: say yes, sort it out later')).toBe('riak-say-yes-sort-it-out-later');
    expect(slugify('  Déjà vu: φ accrual  ')).toBe('deja-vu-φ-accrual');
    expect(slugify('1 − (1 − p)ⁿ')).toBe('1-1-p-n');
    expect(slugify('?!')).toBe('section');
  });

  it('always gives a non-empty id of letters, digits and single inner hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const id = slugify(text);
        expect(id).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        expect(slugify(id)).toBe(id);
      }),
      { numRuns: 500 },
    );
  });
});
