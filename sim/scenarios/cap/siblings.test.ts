import { describe, expect, it } from 'vitest';
import { formatClock } from './inspect';
import { joinClocks, mergeSiblings, readSiblings, writeSibling } from './siblings';

describe('siblings under vector clocks', () => {
  it('keeps concurrent versions and drops the ones another descends from', () => {
    const a = { value: 1, clock: [1, 0] };
    const b = { value: 2, clock: [0, 1] };
    const c = { value: 3, clock: [1, 1] };
    expect(mergeSiblings([a], [b])).toEqual([a, b]);
    expect(mergeSiblings([a, b], [c])).toEqual([c]);
    expect(mergeSiblings([a], [a])).toEqual([a]);
  });

  it('replaces what the writer had seen, and keeps what it had not', () => {
    const mine = { value: 1, clock: [1, 0] };
    const theirs = { value: 2, clock: [0, 1] };
    const seenBoth = writeSibling([mine, theirs], [1, 1], 0, 3);
    expect(seenBoth.siblings).toEqual([{ value: 3, clock: [2, 1] }]);
    const seenMine = writeSibling([mine, theirs], [1, 0], 0, 4);
    expect(seenMine.siblings.map((s) => s.value)).toEqual([2, 4]);
  });

  it('never gives two writes at one node the same clock', () => {
    const first = writeSibling([], [], 2, 1);
    const second = writeSibling(first.siblings, [], 2, 2);
    expect(first.clock).toEqual([0, 0, 1]);
    expect(second.clock).toEqual([0, 0, 2]);
  });

  it('reads null, one value, or the sorted sibling values', () => {
    expect(readSiblings([])).toBeNull();
    expect(readSiblings([{ value: 5, clock: [1] }])).toBe(5);
    expect(
      readSiblings([
        { value: 5, clock: [1, 0] },
        { value: 2, clock: [0, 1] },
      ]),
    ).toEqual([2, 5]);
    expect(
      joinClocks([
        [1, 0],
        [0, 2, 1],
      ]),
    ).toEqual([1, 2, 1]);
    expect(formatClock([1, 0, 2])).toBe('{n1:1, n3:2}');
  });
});
