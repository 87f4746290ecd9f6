import { describe, expect, it } from 'vitest';
import { buildEventGraph } from '@/sim/checkers/causality';
import { duplicatedMessageTrace, forkTrace } from '@/sim/checkers/causality/exampleTraces';
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
