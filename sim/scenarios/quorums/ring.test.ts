import { describe, expect, it } from 'vitest';
import { nodeIds } from '@/sim/core/ids';
import {
  buildRing,
  hash32,
  keyPoint,
  mix32,
  ownership,
  placement,
  preferenceList,
  ringPoint,
  tokensMet,
  walkFrom,
} from './ring';

describe('hash32', () => {
  it('is 32-bit FNV-1a', () => {
    // Reference values of FNV-1a 32 (http://www.isthe.com/chongo/tech/comp/fnv/).
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });
});

describe('ring', () => {
  const ring = buildRing(nodeIds(5), 8);

  it('has vnodes tokens per node, sorted by point', () => {
    expect(ring.tokens).toHaveLength(40);
    for (let i = 1; i < ring.tokens.length; i++)
      expect(ring.tokens[i]!.point).toBeGreaterThanOrEqual(ring.tokens[i - 1]!.point);
  });

  it('walks every node once, starting at the first token clockwise of the point', () => {
    const order = walkFrom(ring, 0);
    expect([...order].sort()).toEqual(nodeIds(5));
    expect(order[0]).toBe(ring.tokens[0]!.node);
    const last = ring.tokens.at(-1)!;
    expect(walkFrom(ring, last.point)[0]).toBe(last.node);
    // Past the last token the walk wraps around to the first.
    expect(walkFrom(ring, last.point + 1)[0]).toBe(ring.tokens[0]!.node);
  });

  it('gives each key N distinct replicas, then the other nodes as stand-ins', () => {
    for (const key of ['k1', 'k2', 'k3', 'x', 'y']) {
      for (let n = 1; n <= 5; n++) {
        const { replicas, standIns } = placement(ring, key, n);
        expect(replicas).toHaveLength(n);
        expect(new Set(replicas).size).toBe(n);
        expect([...replicas, ...standIns].sort()).toEqual(nodeIds(5));
        expect(preferenceList(ring, key, n)).toEqual(replicas);
      }
      // A larger N extends the list, never reorders it.
      expect(preferenceList(ring, key, 2)).toEqual(preferenceList(ring, key, 3).slice(0, 2));
    }
  });

  it('places the keys the same way every time', () => {
    expect(preferenceList(ring, 'k1', 3)).toEqual(
      preferenceList(buildRing(nodeIds(5), 8), 'k1', 3),
    );
    expect(keyPoint('k1')).toBe(mix32(hash32('key:k1')));
    expect(ringPoint('n1#0')).toBe(mix32(hash32('n1#0')));
  });

  it('spreads one node’s tokens around the ring', () => {
    const points = ring.tokens.filter((token) => token.node === 'n1').map((token) => token.point);
    expect(Math.max(...points) - Math.min(...points)).toBeGreaterThan(2 ** 31);
  });

  it('names the token where each node is first met', () => {
    const met = tokensMet(ring, keyPoint('k1'), 3);
    expect(met.map((token) => token.node)).toEqual(preferenceList(ring, 'k1', 3));
  });

  it('splits the ring among the nodes, more evenly with more virtual nodes', () => {
    const spread = (vnodes: number) => {
      const shares = Object.values(ownership(buildRing(nodeIds(8), vnodes)));
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      return Math.max(...shares) - Math.min(...shares);
    };
    expect(spread(32)).toBeLessThan(spread(1));
  });
});
