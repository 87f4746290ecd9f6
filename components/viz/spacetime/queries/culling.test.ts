import { describe, expect, it } from 'vitest';
import type { MessageCopy } from '@/sim/checkers/causality/fromTrace';
import { lowerBound, messageSlice, upperBound, visibleSlice } from './culling';

const keys = [0, 1, 1, 2, 5, 8, 8, 13];

describe('visibleSlice', () => {
  it('finds the keys inside a closed window', () => {
    expect(visibleSlice(keys, keys.length, 1, 5)).toEqual([1, 5]);
    expect(visibleSlice(keys, keys.length, 8, 8)).toEqual([5, 7]);
  });

  it('is empty outside the keys and for an inverted window', () => {
    expect(visibleSlice(keys, keys.length, 20, 30)).toEqual([8, 8]);
    expect(visibleSlice(keys, keys.length, -9, -1)).toEqual([0, 0]);
    expect(visibleSlice(keys, keys.length, 5, 1)).toEqual([4, 4]);
  });

  it('looks only at the first `count` keys', () => {
    expect(visibleSlice(keys, 4, 0, 100)).toEqual([0, 4]);
  });

  it('agrees with a linear scan on many windows', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => Math.floor(i / 3) * 7);
    for (let from = -10; from < 500; from += 13) {
      for (const width of [0, 5, 40, 300]) {
        const [start, end] = visibleSlice(sorted, sorted.length, from, from + width);
        const inside = sorted.flatMap((k, i) => (k >= from && k <= from + width ? [i] : []));
        expect(end - start).toBe(inside.length);
        if (inside.length > 0) expect(start).toBe(inside[0]);
      }
    }
  });

  it('costs O(log n): about 2 log2 n probes on 100,000 keys', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => i);
    let probes = 0;
    const counted = new Proxy(many, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) probes++;
        return Reflect.get(target, property, receiver);
      },
    });
    visibleSlice(counted, many.length, 40_000, 40_100);
    expect(probes).toBeLessThanOrEqual(2 * 18);
  });
});

describe('bounds', () => {
  it('split equal keys on either side', () => {
    expect(lowerBound(keys.length, (i) => keys[i]!, 8)).toBe(5);
    expect(upperBound(keys.length, (i) => keys[i]!, 8)).toBe(7);
  });
});

describe('messageSlice', () => {
  const copy = (sentAt: number): MessageCopy => ({
    messageId: sentAt,
    graphMessageId: sentAt,
    sendEventId: 0,
    from: 'n1',
    to: 'n2',
    type: 'ping',
    sentAt,
    deliverAt: sentAt + 10,
    receiveEventIds: [],
    drop: null,
  });
  const messages = [0, 10, 20, 30, 40, 50].map(copy);

  it('reaches back by the longest flight, so arrows entering the window are kept', () => {
    expect(messageSlice(messages, 25, 35, 10)).toEqual([2, 4]);
    expect(messageSlice(messages, 25, 35, 0)).toEqual([3, 4]);
  });
});
