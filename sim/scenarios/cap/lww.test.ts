import { describe, expect, it } from 'vitest';
import { US_PER_MS } from '@/sim/core/time';
import { beats, clockOffset, mergeLwwStores } from './lww';

const ms = US_PER_MS;

describe('last-write-wins', () => {
  it('spreads clock offsets evenly over [−skew, +skew] by position', () => {
    const offsets = ['n1', 'n2', 'n3', 'n4', 'n5'].map((n) => clockOffset(n, 5, 100 * ms));
    expect(offsets).toEqual([-100 * ms, -50 * ms, 0, 50 * ms, 100 * ms]);
    expect(clockOffset('n2', 3, 0)).toBe(0);
  });

  it('orders by stamp, then by node id', () => {
    const at = (stamp: number, node: string) => ({ value: 0, stamp, node });
    expect(beats(at(2, 'n1'), at(1, 'n9'))).toBe(true);
    expect(beats(at(1, 'n10'), at(1, 'n9'))).toBe(true);
    expect(beats(at(1, 'n2'), at(1, 'n2'))).toBe(false);
  });

  it('merges stores key by key, in either order to the same result', () => {
    const mine = { x: { value: 1, stamp: 10, node: 'n1' }, y: { value: 2, stamp: 30, node: 'n1' } };
    const theirs = {
      x: { value: 3, stamp: 20, node: 'n2' },
      z: { value: 4, stamp: 5, node: 'n2' },
    };
    const merged = mergeLwwStores(mine, theirs);
    expect(merged).toEqual({ x: theirs.x, y: mine.y, z: theirs.z });
    expect(mergeLwwStores(theirs, mine)).toEqual(merged);
  });
});
