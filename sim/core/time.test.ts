/** Durations as people write them, and back. */
import { describe, expect, it } from 'vitest';
import { describeTime, formatDuration, parseDuration } from './time';

describe('parseDuration', () => {
  it.each([
    ['2s', 2_000_000],
    ['150ms', 150_000],
    ['300us', 300],
    ['300µs', 300],
    ['1.5s', 1_500_000],
    ['2m', 120_000_000],
    [' 42 ', 42],
    ['0', 0],
    [7, 7],
  ] as const)('reads %j as %i µs', (text, micros) => {
    expect(parseDuration(text)).toBe(micros);
  });

  it.each(['-1s', 'soon', '', '1h', '1.5', '2 s s', -3, 1.5, Number.NaN])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatDuration', () => {
  it('uses the largest exact unit, and round-trips', () => {
    for (const [micros, text] of [
      [2_000_000, '2s'],
      [150_000, '150ms'],
      [1_500_000, '1500ms'],
      [1_234, '1234us'],
      [0, '0us'],
    ] as const) {
      expect(formatDuration(micros)).toBe(text);
      expect(parseDuration(text)).toBe(micros);
    }
  });
});

describe('describeTime', () => {
  it('reads like a person would say it', () => {
    expect(describeTime(1_250_000)).toBe('1.25 s');
    expect(describeTime(40_000)).toBe('40 ms');
    expect(describeTime(40_500)).toBe('40.5 ms');
    expect(describeTime(999)).toBe('999 µs');
  });
});
