import { describe, expect, it } from 'vitest';
import { buildEventGraph, type EventSpec } from './eventGraph';
import {
  chainTrace,
  concurrentSendsTrace,
  duplicatedMessageTrace,
  forkTrace,
  lostMessageTrace,
  relayAndMergeTrace,
} from './exampleTraces';
import { lamportClocks } from './lamportClocks';
import { compareVectorClocks, vectorClocks } from './vectorClocks';

describe('vectorClocks', () => {
  it('counts a relay along the chain', () => {
    expect(vectorClocks(chainTrace)).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [1, 2, 0],
      [1, 2, 1],
    ]);
  });

  it('keeps forked branches apart', () => {
    expect(vectorClocks(forkTrace)).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [1, 1, 0],
      [2, 0, 1],
      [1, 2, 0],
      [2, 0, 2],
    ]);
  });

  it('makes the two shots concurrent', () => {
    const clocks = vectorClocks(concurrentSendsTrace);
    expect(clocks).toEqual([
      [1, 0],
      [0, 1],
      [2, 1],
      [1, 2],
    ]);
    expect(compareVectorClocks(clocks[0]!, clocks[1]!)).toBe('concurrent');
  });

  it('lets a lost message influence nothing on the receiver', () => {
    expect(vectorClocks(lostMessageTrace)).toEqual([
      [1, 0],
      [2, 0],
      [0, 1],
      [0, 2],
    ]);
  });

  it('merges a duplicated delivery without double counting', () => {
    expect(vectorClocks(duplicatedMessageTrace)).toEqual([
      [1, 0],
      [0, 1],
      [1, 2],
      [1, 3],
      [2, 0],
    ]);
  });

  it('handles 10,000 events on 20 hosts quickly', () => {
    const hosts = Array.from({ length: 20 }, (_, i) => `n${i}`);
    const specs: EventSpec[] = [];
    // A fixed linear congruential generator keeps the graph the same on every run.
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
    let sends = 0;
    for (let i = 0; i < 10_000; i++) {
      const host = hosts[next() % hosts.length]!;
      if (sends > 0 && next() % 2 === 0) {
        specs.push({ host, kind: 'receive', label: 'r', messageId: next() % sends });
      } else {
        specs.push({ host, kind: 'send', label: 's', messageId: sends++ });
      }
    }
    const graph = buildEventGraph(hosts, specs);
    const started = performance.now();
    const clocks = vectorClocks(graph);
    const elapsedMs = performance.now() - started;
    expect(clocks).toHaveLength(10_000);
    expect(elapsedMs).toBeLessThan(1_000);
  });
});

describe('compareVectorClocks', () => {
  it.each([
    [[1, 0], [1, 1], 'before'],
    [[2, 1], [1, 1], 'after'],
    [[1, 1], [1, 1], 'equal'],
    [[1, 0], [0, 1], 'concurrent'],
    [[1], [1, 0, 0], 'equal'],
    [[0, 0, 1], [1], 'concurrent'],
  ] as const)('%j vs %j is %s', (a, b, expected) => {
    expect(compareVectorClocks(a, b)).toBe(expected);
  });
});

describe('lamportClocks', () => {
  it('follows rules IR1 and IR2', () => {
    expect(lamportClocks(chainTrace)).toEqual([1, 2, 3, 4]);
    expect(lamportClocks(forkTrace)).toEqual([1, 2, 2, 3, 3, 4]);
    expect(lamportClocks(concurrentSendsTrace)).toEqual([1, 1, 2, 2]);
    expect(lamportClocks(duplicatedMessageTrace)).toEqual([1, 1, 2, 3, 2]);
  });
});

describe('events that do more than one thing', () => {
  const graph = relayAndMergeTrace;

  it('merges the clock of every message an event receives', () => {
    expect(vectorClocks(graph)).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [2, 0, 0],
      [2, 1, 1],
    ]);
  });

  it('takes the largest Lamport clock carried', () => {
    expect(lamportClocks(graph)).toEqual([1, 2, 2, 3]);
  });
});
