import { describe, expect, it } from 'vitest';
import { buildEventGraph, lamportClocks, vectorClocks } from '@/sim/checkers/causality';
import {
  duplicatedMessageTrace,
  forkTrace,
  relayAndMergeTrace,
} from '@/sim/checkers/causality/exampleTraces';
import { coneSizes } from '../queries/cones';
import { knowledgeAt } from '../queries/knowledgeAt';
import { eventCaption } from '../queries/spaceTimeText';
import { staticSpaceTimeData } from './staticData';

describe('staticSpaceTimeData', () => {
  it('keeps the times of a timed graph', () => {
    const data = staticSpaceTimeData(forkTrace);
    expect(data.axis).toBe('time');
    expect(Array.from(data.layout.x.subarray(0, data.layout.count))).toEqual([
      0, 10, 200, 220, 400, 500,
    ]);
    expect(data.order).toBeNull();
  });

  it('lays an untimed graph out by Lamport clock, sorted for culling', () => {
    const graph = buildEventGraph(
      ['a', 'b'],
      [
        { host: 'a', kind: 'local', label: 'x' },
        { host: 'a', kind: 'local', label: 'y' },
        { host: 'a', kind: 'send', label: 'ping', messageId: 1 },
        { host: 'b', kind: 'receive', label: 'pong', messageId: 1 },
        { host: 'b', kind: 'local', label: 'z' },
      ],
    );
    const data = staticSpaceTimeData(graph);
    expect(data.axis).toBe('logical');
    expect(Array.from(data.layout.x.subarray(0, data.layout.count))).toEqual([1, 2, 3, 4, 5]);
    const unordered = staticSpaceTimeData(
      buildEventGraph(
        ['a', 'b'],
        [
          { host: 'a', kind: 'local', label: 'x' },
          { host: 'a', kind: 'local', label: 'y' },
          { host: 'b', kind: 'local', label: 'z' },
        ],
      ),
    );
    expect(Array.from(unordered.order!)).toEqual([0, 2, 1]);
    expect(Array.from(unordered.sortedX)).toEqual([1, 1, 2]);
  });

  it('gives a duplicated message one copy with two receives', () => {
    const data = staticSpaceTimeData(duplicatedMessageTrace);
    expect(data.messages).toHaveLength(1);
    expect(data.messages[0]!.receiveEventIds).toEqual([2, 3]);
    expect(data.longestFlight).toBe(250);
  });
});

describe('staticSpaceTimeData for events that do more than one thing', () => {
  const graph = relayAndMergeTrace;
  const data = staticSpaceTimeData(graph);

  it('computes the clocks of the library, every message merged', () => {
    const clocks = vectorClocks(graph);
    expect(graph.events.map((e) => data.layout.clockVector(e.id))).toEqual(clocks);
    expect(Array.from(data.layout.lamport.subarray(0, 4))).toEqual(lamportClocks(graph));
  });

  it('draws an arrow from every send an event receives', () => {
    expect(
      data.messages.map((m) => `${m.from}→${m.to} ${m.sendEventId}→${m.receiveEventIds}`),
    ).toEqual(['a→b 0→1', 'b→c 1→3', 'a→c 2→3']);
  });

  it('gives the merge a cone and a knowledge frontier with both senders', () => {
    expect(coneSizes(data.layout, 3, 4)).toEqual({ past: 3, future: 0, concurrent: 0 });
    expect(knowledgeAt(data, 'c', Infinity, 4).latestByHost).toEqual([2, 1, 3]);
    expect(coneSizes(data.layout, 2, 4)).toEqual({ past: 1, future: 1, concurrent: 1 });
  });

  it('says in the hover caption what else an event does', () => {
    expect(eventCaption(data, 3)).toBe(
      'c merge (Lamport time 3); receives 2 messages at once, from b and a',
    );
    expect(eventCaption(data, 1)).toBe(
      'b relay (Lamport time 2); receives from a and sends to c in the same event',
    );
    expect(eventCaption(data, 0)).toBe('a ask b (Lamport time 1)');
    const broadcast = staticSpaceTimeData(
      buildEventGraph(
        ['a', 'b', 'c'],
        [
          { host: 'a', kind: 'send', label: 'ask all', messageId: 1 },
          { host: 'b', kind: 'receive', label: 'got it', messageId: 1 },
          { host: 'c', kind: 'receive', label: 'got it', messageId: 1 },
        ],
      ),
    );
    expect(broadcast.messages.map((m) => `${m.from}→${m.to}`)).toEqual(['a→b', 'a→c']);
    expect(eventCaption(broadcast, 0)).toBe('a ask all (Lamport time 1); sends to b and c');
    expect(eventCaption(broadcast, 1)).toBe('b got it (Lamport time 2)');
  });
});
