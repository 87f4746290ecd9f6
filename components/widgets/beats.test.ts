import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextBeat, parseBeats, previousBeat, writeBeats } from './beats';

const scenario = { id: 'test', maxTime: 60_000_000 };

describe('parseBeats', () => {
  it('reads times in any unit, sorted and distinct', () => {
    expect(parseBeats('7s,2s, 4.5s,2000ms', scenario)).toEqual({
      beats: [2_000_000, 4_500_000, 7_000_000],
      errors: [],
    });
  });
  it('skips and names a bad or too-late entry, keeping the rest', () => {
    const read = parseBeats('2s,soon,90s', scenario);
    expect(read.beats).toEqual([2_000_000]);
    expect(read.errors).toHaveLength(2);
    expect(read.errors[0]).toMatch(/"soon" is not a time/);
  });
  it('bounds a huge list', () => {
    const read = parseBeats(Array.from({ length: 5000 }, (_, i) => `${i}ms`).join(','), scenario);
    expect(read.beats).toHaveLength(100);
    expect(read.errors[0]).toMatch(/only the first 100/);
  });
  it('round-trips through writeBeats', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60_000_000 }), { maxLength: 20 }),
        (ts) => {
          const sorted = [...ts].sort((a, b) => a - b);
          expect(parseBeats(writeBeats(sorted), scenario).beats).toEqual(sorted);
        },
      ),
    );
  });
});

describe('nextBeat and previousBeat', () => {
  const beats = [2_000_000, 4_500_000, 7_000_000];
  it('steps forward from before, at and between beats', () => {
    expect(nextBeat(beats, 0)).toBe(2_000_000);
    expect(nextBeat(beats, 2_000_000)).toBe(4_500_000);
    expect(nextBeat(beats, 5_000_000)).toBe(7_000_000);
    expect(nextBeat(beats, 7_000_000)).toBeNull();
  });
  it('steps back one beat, to the start before the first', () => {
    expect(previousBeat(beats, 4_500_000, 0)).toBe(2_000_000);
    expect(previousBeat(beats, 5_000_000, 0)).toBe(4_500_000);
    expect(previousBeat(beats, 2_000_000, 0)).toBe(0);
    expect(previousBeat(beats, 3_000_000, 2_500_000)).toBe(2_500_000);
  });
  it('forward then back returns to where a beat walk was', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 10 }),
        fc.nat(9),
        (ts, i) => {
          const sorted = [...ts].sort((a, b) => a - b);
          const at = sorted[Math.min(i, sorted.length - 1)]!;
          const next = nextBeat(sorted, at);
          if (next !== null) expect(previousBeat(sorted, next, 0)).toBe(at);
        },
      ),
    );
  });
});
