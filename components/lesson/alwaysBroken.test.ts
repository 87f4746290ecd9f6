import { describe, expect, it } from 'vitest';
import {
  atLeastOneDown,
  describeAtLeastOneDown,
  formatPercent,
  parseDownPercent,
  parseMachines,
} from './alwaysBroken';

// The formula is the complement rule for independent events: P(all n up) = (1 − p)^n, so
// P(at least one down) = 1 − (1 − p)^n. The lesson's running example, 1,000 machines each
// down 0.1% of the time, gives 1 − 0.999^1000 ≈ 0.6323.
describe('atLeastOneDown', () => {
  it('matches 1 − (1 − p)^n on ordinary values', () => {
    for (const [n, p] of [
      [1, 0.5],
      [10, 0.1],
      [1000, 0.001],
      [365, 0.01],
    ] as const) {
      expect(atLeastOneDown(n, p).probability).toBeCloseTo(1 - Math.pow(1 - p, n), 12);
    }
  });

  it('gives the lesson example: 1,000 machines at 0.1% is about 63%', () => {
    expect(atLeastOneDown(1000, 0.001).probability).toBeCloseTo(0.632305, 6);
  });

  it('keeps its precision for tiny p, where the naive form loses digits', () => {
    // n·p is the first-order term; the next is −C(n,2)·p², far below it here.
    expect(atLeastOneDown(1, 1e-12).probability).toBeCloseTo(1e-12, 24);
    expect(atLeastOneDown(100, 1e-12).probability / 1e-10).toBeCloseTo(1, 9);
  });

  it('keeps probability and allUp complementary', () => {
    const { probability, allUp } = atLeastOneDown(10_000, 0.001);
    expect(probability + allUp).toBeCloseTo(1, 12);
    expect(allUp).toBeCloseTo(Math.pow(0.999, 10_000), 15);
  });

  it('handles the ends exactly', () => {
    expect(atLeastOneDown(5, 0)).toEqual({ probability: 0, allUp: 1, certain: false });
    expect(atLeastOneDown(5, 1)).toEqual({ probability: 1, allUp: 0, certain: true });
    expect(atLeastOneDown(0, 0.5).probability).toBe(0);
  });

  it('rejects impossible input instead of returning NaN', () => {
    expect(() => atLeastOneDown(2.5, 0.1)).toThrow(RangeError);
    expect(() => atLeastOneDown(10, Number.NaN)).toThrow(RangeError);
    expect(() => atLeastOneDown(10, 1.5)).toThrow(RangeError);
  });

  it('never decreases as machines are added', () => {
    let previous = 0;
    for (let n = 1; n <= 5000; n += 37) {
      const { probability } = atLeastOneDown(n, 0.0007);
      expect(probability).toBeGreaterThanOrEqual(previous);
      previous = probability;
    }
  });
});

describe('formatPercent', () => {
  const show = (n: number, p: number) => formatPercent(atLeastOneDown(n, p));

  it('rounds the way the lesson reads', () => {
    expect(show(1000, 0.001)).toBe('63%');
    expect(show(1, 0.001)).toBe('0.1%');
    expect(show(1, 0.015)).toBe('1.5%');
    expect(show(1, 0.000099)).toBe('0.0099%');
  });

  it('never rounds a near-certainty to 100%, nor a tiny chance to 0%', () => {
    expect(show(10_000, 0.001)).toBe('99.9955%');
    expect(show(100_000, 0.1)).toBe('more than 99.9999%');
    expect(show(1, 1e-9)).toBe('less than 0.0001%');
  });

  it('says 0% and 100% only when they are exact', () => {
    expect(show(100, 0)).toBe('0%');
    expect(show(100, 1)).toBe('100%');
  });
});

describe('parseMachines', () => {
  it('accepts whole numbers, with or without separators', () => {
    expect(parseMachines('1000')).toEqual({ ok: true, value: 1000 });
    expect(parseMachines(' 1,000 ')).toEqual({ ok: true, value: 1000 });
    expect(parseMachines('100000')).toEqual({ ok: true, value: 100_000 });
  });

  it('explains each kind of bad input', () => {
    const message = (text: string) => {
      const result = parseMachines(text);
      return result.ok ? '' : result.message;
    };
    expect(message('')).toMatch(/^Enter a number of machines from 1 to 100,000/);
    expect(message('lots')).toMatch(/“lots” is not a number/);
    expect(message('2.5')).toMatch(/whole number/);
    expect(message('0')).toMatch(/0 is out of range/);
    expect(message('100001')).toMatch(/100,001 is out of range/);
  });
});

describe('parseDownPercent', () => {
  it('accepts a percentage, with or without the sign', () => {
    expect(parseDownPercent('0.1')).toEqual({ ok: true, value: 0.1 });
    expect(parseDownPercent('2.5 %')).toEqual({ ok: true, value: 2.5 });
    expect(parseDownPercent('.5')).toEqual({ ok: true, value: 0.5 });
  });

  it('explains each kind of bad input', () => {
    const message = (text: string) => {
      const result = parseDownPercent(text);
      return result.ok ? '' : result.message;
    };
    expect(message('')).toMatch(/^Enter how often/);
    expect(message('often')).toMatch(/“often” is not a number/);
    expect(message('-1')).toMatch(/out of range/);
    expect(message('150')).toMatch(/150% is out of range/);
  });
});

describe('describeAtLeastOneDown', () => {
  it('reads the lesson example as one sentence', () => {
    expect(describeAtLeastOneDown(1000, 0.1)).toBe(
      'With 1,000 machines each down 0.1% of the time, something is down 63% of the time.',
    );
  });

  it('speaks of a single machine in the singular', () => {
    expect(describeAtLeastOneDown(1, 2)).toBe(
      'With 1 machine down 2% of the time, something is down 2% of the time.',
    );
  });
});
