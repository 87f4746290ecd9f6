/**
 * The calculator's numbers as shown.
 */
import { describe, expect, it } from 'vitest';
import { calculatePbs } from '@/sim/pbs/calculate';
import { PBS_DEFAULTS } from '@/sim/pbs/pbsInput';
import { formatMs, formatPercent, resultSentence } from './pbsText';

describe('formatMs', () => {
  it('keeps about three significant digits', () => {
    expect(formatMs(0)).toBe('0 ms');
    expect(formatMs(0.65531)).toBe('0.655 ms');
    expect(formatMs(5.5)).toBe('5.5 ms');
    expect(formatMs(52.996)).toBe('53 ms');
    expect(formatMs(1453.7)).toBe('1,454 ms');
  });
});

describe('formatPercent', () => {
  it('never shows a miss as 100 % or a hit as 0 %', () => {
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(0.436907)).toBe('43.7 %');
    expect(formatPercent(0.99996)).toBe('99.996 %');
    expect(formatPercent(0.0000012)).toBe('0.0001 %');
  });
});

describe('resultSentence', () => {
  it('reads a partial quorum by its staleness, and a strict one by its overlap', () => {
    const input = { ...PBS_DEFAULTS, trials: 20_000 };
    expect(resultSentence(input, calculatePbs(input))).toMatch(
      /^N=3, R=1, W=1: 4\d\.\d % of reads issued as the write commits return it; 99 % do by \d+(\.\d)? ms and 99\.9 % by \d+(\.\d)? ms\.$/,
    );
    const ymmr = { ...input, profile: 'ymmr' as const, r: 2 };
    expect(resultSentence(ymmr, calculatePbs(ymmr))).toMatch(
      /^N=3, R=2, W=1: 99\.\d % of .*; at least 99 % see it at once, and 99\.9 % by \d+ ms\.$/,
    );
    // LNKD-SSD with R=2, W=1: the paper saw no stale read in ten million (Table 5).
    const ssd = { ...input, profile: 'lnkd-ssd' as const, r: 2 };
    const ssdResult = calculatePbs(ssd);
    expect(resultSentence(ssd, ssdResult)).toMatch(/; at least 99\.9 % see it at once\.$/);
    const never = { ...ssdResult, curve: ssdResult.curve.map((point) => ({ ...point, p: 1 })) };
    expect(resultSentence(ssd, never)).toBe(
      'N=3, R=2, W=1: R + W ≤ N allows stale reads, but none of 20,000 trials read one: the write reaches every replica before a read can.',
    );
    const strict = { ...input, r: 2, w: 2 };
    expect(resultSentence(strict, calculatePbs(strict))).toMatch(
      /^N=3, R=2, W=2: R \+ W > N, so every read quorum overlaps/,
    );
  });
});
