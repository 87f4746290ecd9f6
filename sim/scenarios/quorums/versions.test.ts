import { describe, expect, it } from 'vitest';
import {
  describeVersions,
  isBehind,
  keepsAll,
  mergeSiblings,
  newVersion,
  readSiblings,
} from './versions';

describe('versions under vector clocks', () => {
  it('makes a write that replaces what the coordinator holds and the client saw', () => {
    const held = [{ value: 1, clock: [1, 0, 0] }];
    const version = newVersion(held, [0, 2, 0], 0, 5);
    expect(version).toEqual({ value: 5, clock: [2, 2, 0] });
    expect(mergeSiblings(held, [version])).toEqual([version]);
  });

  it('keeps concurrent writes as siblings, and a later write that saw both replaces them', () => {
    const a = newVersion([], [], 0, 10);
    const b = newVersion([], [], 1, 20);
    const both = mergeSiblings([a], [b]);
    expect(readSiblings(both)).toEqual([10, 20]);
    expect(describeVersions('k1', both)).toBe('k1=[10,20]');
    const c = newVersion(both, [], 2, 30);
    expect(mergeSiblings(both, [c])).toEqual([c]);
    expect(describeVersions('k1', [c])).toBe('k1=30');
    expect(describeVersions('k1', [])).toBe('k1=∅');
  });

  it('goes past the coordinator’s highest counter, so a stale context never repeats a clock', () => {
    const first = newVersion([], [], 1, 10, 0);
    expect(first.clock).toEqual([0, 1]);
    // The client's context lost the first write (a stale read); the counter remembers it.
    const second = newVersion([], [], 1, 20, 1);
    expect(second.clock).toEqual([0, 2]);
    // With equal clocks a replica holding the first would keep it and drop the second.
    expect(mergeSiblings([first], [second])).toEqual([second]);
  });

  it('tells a stale set from a fresh one', () => {
    const old = newVersion([], [], 0, 1);
    const fresh = newVersion([old], [], 1, 2);
    expect(isBehind([old], [fresh])).toBe(true);
    expect(isBehind([fresh], [fresh])).toBe(false);
    expect(isBehind([fresh], [old])).toBe(false);
    expect(keepsAll([fresh], [old])).toBe(true);
    expect(keepsAll([old], [fresh])).toBe(false);
    expect(keepsAll([], [])).toBe(true);
  });
});
