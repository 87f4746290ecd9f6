import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../../core/trace';
import { sendOfReceive } from './eventGraph';
import { eventGraphFromTrace, TraceGraphBuilder } from './fromTrace';
import { causalCones } from './happensBefore';
import { validateEventGraph } from './validateEventGraph';

const heartbeat = { type: 'heartbeat' };

/** n1 sends to n2 (delivered) and to n3 (dropped); n2's timer fires; n3 suspects n1. */
const basic: TraceEntry[] = [
  { at: 1, type: 'timer', node: 'n1', name: 'heartbeat' },
  { at: 1, type: 'send', id: 1, from: 'n1', to: 'n2', body: heartbeat, deliverAt: 100 },
  { at: 1, type: 'send', id: 2, from: 'n1', to: 'n3', body: heartbeat, deliverAt: 120 },
  { at: 50, type: 'partition', groups: [['n1', 'n2'], ['n3']] },
  { at: 60, type: 'drop', id: 2, from: 'n1', to: 'n3', reason: 'partition' },
  { at: 100, type: 'deliver', id: 1, from: 'n1', to: 'n2' },
  { at: 150, type: 'timer', node: 'n2', name: 'suspect', key: 'n3' },
  { at: 150, type: 'note', node: 'n3', kind: 'suspect', text: 'n3 suspects n1', peer: 'n1' },
  { at: 151, type: 'state', node: 'n3', from: 'trusting', to: 'suspecting' },
];

describe('eventGraphFromTrace', () => {
  it('puts sends, receives and local events on their lanes', () => {
    const { graph, traceIndexOf } = eventGraphFromTrace(basic, basic.length, ['n1', 'n2', 'n3']);
    expect(graph.hosts).toEqual(['n1', 'n2', 'n3']);
    expect(graph.events.map((e) => [e.host, e.kind, e.label])).toEqual([
      ['n1', 'local', 'timer heartbeat'],
      ['n1', 'send', 'send heartbeat to n2'],
      ['n1', 'send', 'send heartbeat to n3'],
      ['n2', 'receive', 'receive heartbeat from n1'],
      ['n2', 'local', 'timer suspect n3'],
      ['n3', 'local', 'suspects n1'],
      ['n3', 'local', 'state trusting → suspecting'],
    ]);
    expect(traceIndexOf).toEqual([0, 1, 2, 5, 6, 7, 8]);
    expect(graph.events.map((e) => e.time)).toEqual([1, 1, 1, 100, 150, 150, 151]);
    expect(validateEventGraph(graph)).toEqual([]);
  });

  it('keeps a dropped message as a send with no receive, and the drop time', () => {
    const { graph, messages, eventOfTrace } = eventGraphFromTrace(basic, basic.length, [
      'n1',
      'n2',
      'n3',
    ]);
    expect([...sendOfReceive(graph)]).toEqual([-1, -1, -1, 1, -1, -1, -1]);
    const dropped = messages.find((m) => m.messageId === 2)!;
    expect(dropped.receiveEventIds).toEqual([]);
    expect(dropped.drop).toEqual({ at: 60, reason: 'partition', traceIndex: 4 });
    expect(eventOfTrace.get(4)).toBe(2);
    expect(eventOfTrace.has(3)).toBe(false);
    // n3 never heard from n1: its suspicion is concurrent with the lost send.
    expect(causalCones(graph, 2).concurrent).toContain(5);
  });

  it('turns an engine duplicate into a second receive of the same send', () => {
    const trace: TraceEntry[] = [
      { at: 0, type: 'send', id: 1, from: 'n1', to: 'n2', body: heartbeat, deliverAt: 100 },
      {
        at: 0,
        type: 'send',
        id: 2,
        from: 'n1',
        to: 'n2',
        body: heartbeat,
        deliverAt: 90,
        dupOf: 1,
      },
      { at: 90, type: 'deliver', id: 2, from: 'n1', to: 'n2' },
      { at: 100, type: 'deliver', id: 1, from: 'n1', to: 'n2' },
    ];
    const result = eventGraphFromTrace(trace, trace.length, ['n1', 'n2']);
    expect(result.graph.events.map((e) => [e.kind, e.messageId, e.label])).toEqual([
      ['send', 1, 'send heartbeat to n2'],
      ['receive', 1, 'receive heartbeat from n1 (duplicate)'],
      ['receive', 1, 'receive heartbeat from n1'],
    ]);
    expect(result.eventOfTrace.get(1)).toBe(0);
    expect(result.messages.map((m) => [m.messageId, m.graphMessageId, m.receiveEventIds])).toEqual([
      [1, 1, [2]],
      [2, 1, [1]],
    ]);
    expect(validateEventGraph(result.graph)).toEqual([]);
  });

  it('records a delivery of the same id twice as two receives', () => {
    const trace: TraceEntry[] = [
      { at: 0, type: 'send', id: 7, from: 'n1', to: 'n2', body: heartbeat, deliverAt: 10 },
      { at: 10, type: 'deliver', id: 7, from: 'n1', to: 'n2' },
      { at: 20, type: 'deliver', id: 7, from: 'n1', to: 'n2' },
    ];
    const { graph, messages } = eventGraphFromTrace(trace, trace.length, ['n1', 'n2']);
    expect(graph.events.map((e) => e.label)).toEqual([
      'send heartbeat to n2',
      'receive heartbeat from n1',
      'receive heartbeat from n1 again',
    ]);
    expect([...sendOfReceive(graph)]).toEqual([-1, 0, 0]);
    expect(messages[0]!.receiveEventIds).toEqual([1, 2]);
  });

  it('marks crash and restart as local events bounding a downtime', () => {
    const trace: TraceEntry[] = [
      { at: 10, type: 'crash', node: 'n2' },
      { at: 30, type: 'restart', node: 'n2' },
      { at: 40, type: 'crash', node: 'n1' },
    ];
    const { graph, downtime } = eventGraphFromTrace(trace, trace.length, ['n1', 'n2']);
    expect(graph.events.map((e) => `${e.host} ${e.label}`)).toEqual([
      'n2 crash',
      'n2 restart',
      'n1 crash',
    ]);
    expect(downtime).toEqual([
      { host: 'n2', from: 10, to: 30, crashEventId: 0, restartEventId: 1 },
      { host: 'n1', from: 40, to: null, crashEventId: 2, restartEventId: null },
    ]);
  });

  it('labels client operations', () => {
    const trace: TraceEntry[] = [
      {
        at: 1,
        type: 'invoke',
        node: 'n1',
        request: 3,
        client: 1,
        op: { f: 'write', key: 'x', value: 2 },
      },
      { at: 9, type: 'complete', node: 'n1', request: 3, status: 'fail', reason: 'no quorum' },
    ];
    const { graph } = eventGraphFromTrace(trace, trace.length, ['n1']);
    expect(graph.events.map((e) => e.label)).toEqual([
      'invoke write x=2 (request 3)',
      'complete request 3 fail: no quorum',
    ]);
  });

  it('stops at `end`, and a shorter end gives a prefix', () => {
    const full = eventGraphFromTrace(basic, basic.length, ['n1', 'n2', 'n3']);
    const part = eventGraphFromTrace(basic, 5, ['n1', 'n2', 'n3']);
    expect(part.graph.events).toEqual(full.graph.events.slice(0, 3));
    // Before its delivery is traced, message 1 is still on the wire.
    expect(part.messages[0]!.receiveEventIds).toEqual([]);
  });

  it('extends incrementally to the same graph as one pass', () => {
    const nodes = ['n1', 'n2', 'n3'];
    const builder = new TraceGraphBuilder(nodes);
    for (let end = 0; end <= basic.length; end += 2) builder.extend(basic, end);
    builder.extend(basic, basic.length);
    const once = eventGraphFromTrace(basic, basic.length, nodes);
    expect(builder.graph).toEqual(once.graph);
    expect(builder.messages).toEqual(once.messages);
    expect(builder.traceIndexOf).toEqual(once.traceIndexOf);
    expect(builder.longestFlight).toBe(119);
  });

  it('appends hosts the node list lacks, keeping the graph valid', () => {
    const trace: TraceEntry[] = [
      { at: 0, type: 'send', id: 1, from: 'n1', to: 'n9', body: heartbeat, deliverAt: 5 },
      { at: 5, type: 'deliver', id: 1, from: 'n1', to: 'n9' },
    ];
    const { graph } = eventGraphFromTrace(trace, trace.length, ['n1']);
    expect(graph.hosts).toEqual(['n1', 'n9']);
    expect(validateEventGraph(graph)).toEqual([]);
  });

  it('handles 10,000+ events quickly and validly', () => {
    const trace = syntheticTrace(5, 20_000);
    const nodes = ['n1', 'n2', 'n3', 'n4', 'n5'];
    const { graph } = eventGraphFromTrace(trace, trace.length, nodes);
    expect(graph.events.length).toBeGreaterThan(10_000);
    expect(validateEventGraph(graph)).toEqual([]);
  });
});

/** A heartbeat storm: every step one node sends to the next, delivered 3 steps later. */
function syntheticTrace(nodeCount: number, sends: number): TraceEntry[] {
  const trace: TraceEntry[] = [];
  const pending: { at: number; id: number; from: string; to: string }[] = [];
  for (let i = 0; i < sends; i++) {
    const at = i * 1000;
    while (pending.length > 0 && pending[0]!.at <= at) {
      const { id, from, to } = pending.shift()!;
      trace.push({ at, type: 'deliver', id, from, to });
    }
    const from = `n${(i % nodeCount) + 1}`;
    const to = `n${((i + 1) % nodeCount) + 1}`;
    trace.push({ at, type: 'send', id: i, from, to, body: heartbeat, deliverAt: at + 3000 });
    pending.push({ at: at + 3000, id: i, from, to });
  }
  return trace;
}
