import { describe, expect, it } from 'vitest';
import { buildEventGraph } from './eventGraph';
import { chainTrace, concurrentSendsTrace } from './exampleTraces';
import { knowledgeFrontier } from './knowledgeFrontier';

describe('knowledgeFrontier', () => {
  it('knows nothing before its first event', () => {
    expect(knowledgeFrontier(concurrentSendsTrace, 'sniper', 0)).toEqual({
      host: 'sniper',
      time: 0,
      lastEventId: null,
      clock: [0, 0],
      latestByHost: [null, null],
      known: [],
    });
  });

  it('cannot know the soldier fired until the message arrives', () => {
    const before = knowledgeFrontier(concurrentSendsTrace, 'sniper', 1_250_000);
    expect(before.lastEventId).toBe(1);
    expect(before.latestByHost).toEqual([null, 1]);
    expect(before.known).toEqual([1]);

    const after = knowledgeFrontier(concurrentSendsTrace, 'sniper', 1_300_000);
    expect(after.lastEventId).toBe(3);
    expect(after.clock).toEqual([1, 2]);
    expect(after.latestByHost).toEqual([0, 3]);
    expect(after.known).toEqual([0, 1, 3]);
  });

  it('sees through a relay', () => {
    const frontier = knowledgeFrontier(chainTrace, 'c', 300);
    expect(frontier.latestByHost).toEqual([0, 2, 3]);
    expect(frontier.known).toEqual([0, 1, 2, 3]);
  });

  it('counts untimed events at their host’s previous time', () => {
    const graph = buildEventGraph(
      ['a'],
      [
        { host: 'a', kind: 'local', label: 'x', time: 10 },
        { host: 'a', kind: 'local', label: 'y' },
        { host: 'a', kind: 'local', label: 'z', time: 20 },
      ],
    );
    expect(knowledgeFrontier(graph, 'a', 15).lastEventId).toBe(1);
  });

  it('knows nothing for an unknown host', () => {
    expect(knowledgeFrontier(chainTrace, 'zz', 1_000).known).toEqual([]);
  });
});
