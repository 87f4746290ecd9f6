/**
 * The PBS closed forms against values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  binomial,
  consistentWithinK,
  kStalenessProbability,
  quorumMissProbability,
} from './closedForm';

describe('binomial', () => {
  it('counts subsets', () => {
    expect(binomial(5, 2)).toBe(10);
    expect(binomial(3, 0)).toBe(1);
    expect(binomial(12, 6)).toBe(924);
    expect(binomial(2, 3)).toBe(0);
  });
});

describe('kStalenessProbability', () => {
  it('matches hand-computed values', () => {
    // N=3, R=W=1: C(2,1)/C(3,1) = 2/3; k=2: 4/9.
    expect(kStalenessProbability(3, 1, 1, 1)).toBeCloseTo(2 / 3, 12);
    expect(kStalenessProbability(3, 1, 1, 2)).toBeCloseTo(4 / 9, 12);
    // N=5, R=W=2: C(3,2)/C(5,2) = 3/10; k=3: 27/1000.
    expect(kStalenessProbability(5, 2, 2, 1)).toBeCloseTo(0.3, 12);
    expect(kStalenessProbability(5, 2, 2, 3)).toBeCloseTo(0.027, 12);
    // N=2, R=W=1: 1/2; k=5: 1/32.
    expect(kStalenessProbability(2, 1, 1, 5)).toBeCloseTo(1 / 32, 12);
    // N=10, R=3, W=2: C(8,3)/C(10,3) = 56/120; k=2: (7/15)^2 = 49/225.
    expect(kStalenessProbability(10, 3, 2, 2)).toBeCloseTo(49 / 225, 12);
  });

  it('is exactly 0 for every strict quorum, R + W > N', () => {
    for (let n = 1; n <= 12; n++) {
      for (let r = 1; r <= n; r++) {
        for (let w = 1; w <= n; w++) {
          const p = quorumMissProbability(n, r, w);
          if (r + w > n) expect(p, `N=${n} R=${r} W=${w}`).toBe(0);
          else expect(p, `N=${n} R=${r} W=${w}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('consistentWithinK', () => {
  it('is 1 − (1 − p)^k', () => {
    expect(consistentWithinK(0.75, 1)).toBe(0.75);
    expect(consistentWithinK(0.75, 5)).toBeCloseTo(1 - 1 / 1024, 12);
    expect(consistentWithinK(0, 3)).toBe(0);
  });
});
