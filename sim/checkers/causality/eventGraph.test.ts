import { describe, expect, it } from 'vitest';
import { buildEventGraph, hostTimelines, sendOfReceive, sendsReceivedBy } from './eventGraph';
import {
  chainTrace,
  concurrentSendsTrace,
  duplicatedMessageTrace,
  forkTrace,
  lostMessageTrace,
} from './exampleTraces';
import { validateEventGraph } from './validateEventGraph';

describe('buildEventGraph', () => {
  it('numbers events by position', () => {
    const graph = buildEventGraph(
      ['a'],
      [
        { host: 'a', kind: 'local', label: 'x' },
        { host: 'a', kind: 'local', label: 'y' },
      ],
    );
    expect(graph.events.map((event) => event.id)).toEqual([0, 1]);
  });

  it('lists each host timeline in program order', () => {
    expect(hostTimelines(forkTrace)).toEqual([
      [0, 1],
      [2, 4],
      [3, 5],
    ]);
  });

  it('links receives to their send, duplicates included', () => {
    expect([...sendOfReceive(duplicatedMessageTrace)]).toEqual([-1, -1, 0, 0, -1]);
  });
});

describe('validateEventGraph', () => {
  it.each([
    ['chain', chainTrace],
    ['fork', forkTrace],
    ['concurrent sends', concurrentSendsTrace],
    ['lost message', lostMessageTrace],
    ['duplicated message', duplicatedMessageTrace],
  ])('accepts the %s trace', (_name, graph) => {
    expect(validateEventGraph(graph)).toEqual([]);
  });

  it('reports duplicate hosts and unknown hosts', () => {
    const graph = buildEventGraph(['a', 'a'], [{ host: 'b', kind: 'local', label: 'x' }]);
    expect(validateEventGraph(graph).map((issue) => issue.message)).toEqual([
      'Host "a" is listed twice.',
      'Event 0 is on unknown host "b".',
    ]);
  });

  it('reports ids that are not positions', () => {
    const graph = { hosts: ['a'], events: [{ id: 5, host: 'a', kind: 'local', label: 'x' }] };
    expect(validateEventGraph(graph as never)[0]?.message).toBe('Event at position 0 has id 5.');
  });

  it('reports broken message links', () => {
    const graph = buildEventGraph(
      ['a', 'b'],
      [
        { host: 'b', kind: 'receive', label: 'too early', messageId: 1 },
        { host: 'a', kind: 'send', label: 'send', messageId: 1 },
        { host: 'a', kind: 'send', label: 'send again', messageId: 1 },
        { host: 'a', kind: 'send', label: 'no id' },
        { host: 'b', kind: 'receive', label: 'no id' },
        { host: 'b', kind: 'local', label: 'local with id', messageId: 1 },
      ],
    );
    expect(validateEventGraph(graph)).toEqual([
      { eventId: 0, message: 'Receive 0 comes before any send of message 1.' },
      { eventId: 2, message: 'Send 2 reuses message id 1.' },
      { eventId: 3, message: 'Send 3 has no message id.' },
      { eventId: 4, message: 'Receive 4 has no message id.' },
      { eventId: 5, message: 'Local event 5 carries message id 1.' },
    ]);
  });

  it('links an event to every send it receives, and checks each', () => {
    const graph = buildEventGraph(
      ['a', 'b'],
      [
        { host: 'a', kind: 'send', label: 'one', messageId: 1 },
        { host: 'a', kind: 'send', label: 'two', messageId: 2 },
        { host: 'b', kind: 'receive', label: 'both', messageId: 1, receives: [2] },
        { host: 'b', kind: 'send', label: 'relay', messageId: 3, receives: [1] },
        { host: 'b', kind: 'local', label: 'local', receives: [1] },
        { host: 'a', kind: 'receive', label: 'early', messageId: 3, receives: [9] },
      ],
    );
    expect(sendsReceivedBy(graph)).toEqual([[], [], [0, 1], [0], [0], [3]]);
    expect(validateEventGraph(graph)).toEqual([
      { eventId: 4, message: 'Local event 4 receives messages.' },
      { eventId: 5, message: 'Event 5 receives message 9 before any send of it.' },
    ]);
  });

  it('reports time going backwards on a host', () => {
    const graph = buildEventGraph(
      ['a', 'b'],
      [
        { host: 'a', kind: 'local', label: 'x', time: 10 },
        { host: 'b', kind: 'local', label: 'y', time: 5 },
        { host: 'a', kind: 'local', label: 'z', time: 9 },
      ],
    );
    expect(validateEventGraph(graph)).toEqual([
      { eventId: 2, message: 'Event 2 on a goes back in time (9 µs after 10 µs).' },
    ]);
  });
});
