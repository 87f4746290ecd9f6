/**
 * The columnar trace must read back exactly what was recorded: same entries, same keys in
 * the same order (so `hashTrace` and the JSON of a run do not change), across chunk
 * boundaries, after truncation, and for entries that do not fit the columns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashTrace, type TraceEntry } from './trace';
import { Trace } from './traceStore';

const seed = Number(process.env.FC_SEED ?? 20240611);

const samples: TraceEntry[] = [
  { at: 0, type: 'send', id: 1, from: 'n1', to: 'n2', body: { type: 'hb', n: 1 }, deliverAt: 5 },
  {
    at: 1,
    type: 'send',
    id: 2,
    from: 'n1',
    to: 'n2',
    body: { type: 'hb' },
    deliverAt: 9,
    dupOf: 1,
  },
  { at: 2, type: 'send', id: 2 ** 40, from: 'n1', to: 'n3', body: { type: 'x' }, deliverAt: 3 },
  { at: 3, type: 'send', id: 4, from: 'n2', to: 'n1', body: { type: 'x' }, deliverAt: 2 ** 45 },
  { at: 5, type: 'deliver', id: 1, from: 'n1', to: 'n2' },
  { at: 6, type: 'deliver', id: 2 ** 33, from: 'n1', to: 'n2' },
  { at: 7, type: 'drop', id: 4, from: 'n2', to: 'n1', reason: 'partition' },
  { at: 7, type: 'drop', id: 5, from: 'n2', to: 'n1', reason: 'command' },
  { at: 8, type: 'timer', node: 'n1', name: 'heartbeat' },
  { at: 9, type: 'timer', node: 'n2', name: 'suspect', key: 'n1' },
  { at: 10, type: 'state', node: 'n2', from: 'follower', to: 'candidate' },
  { at: 11, type: 'note', node: 'n2', kind: 'suspect', text: 'n2 suspects n1', peer: 'n1' },
  { at: 12, type: 'invoke', node: 'n1', request: 1, client: 0, op: { f: 'read', key: 'x' } },
  { at: 13, type: 'complete', node: 'n1', request: 1, status: 'ok', value: 3 },
  { at: 14, type: 'crash', node: 'n3' },
  { at: 15, type: 'restart', node: 'n3' },
  { at: 16, type: 'partition', groups: [['n1'], ['n2', 'n3']] },
  { at: 17, type: 'block', from: 'n1', to: 'n2' },
  { at: 18, type: 'heal' },
  { at: 19, type: 'slow', node: 'n2', factor: 4 },
  { at: 2 ** 50, type: 'param', name: 'loss', value: 0.5 },
];

function traceOf(entries: readonly TraceEntry[]): Trace {
  const trace = new Trace();
  for (const entry of entries) trace.push(entry);
  return trace;
}

describe('Trace', () => {
  it('reads back every kind of entry as recorded, keys in the same order', () => {
    const trace = traceOf(samples);
    expect(trace.length).toBe(samples.length);
    samples.forEach((entry, i) => {
      expect(JSON.stringify(trace.at(i)), `entry ${i}`).toBe(JSON.stringify(entry));
      expect(trace.timeAt(i)).toBe(entry.at);
      expect(trace.typeAt(i)).toBe(entry.type);
    });
    const first = trace.at(0);
    // Bodies are kept, not copied: the same object a view or checker got before.
    expect(first?.type === 'send' ? first.body : null).toBe((samples[0] as { body: unknown }).body);
    expect(hashTrace(trace)).toBe(hashTrace(samples));
    expect(trace.slice()).toEqual(samples);
    expect(trace.slice(3, 5)).toEqual(samples.slice(3, 5));
    expect(trace.slice(-2)).toEqual(samples.slice(-2));
  });

  it('reads like an array at the edges', () => {
    const trace = traceOf(samples);
    expect(trace.at(-1)).toEqual(samples.at(-1));
    expect(trace.at(samples.length)).toBeUndefined();
    expect(trace.at(-samples.length - 1)).toBeUndefined();
    expect(new Trace().at(0)).toBeUndefined();
  });

  it('the fast appends write the same entries as push', () => {
    const fast = new Trace();
    fast.pushSend(0, 1, 'n1', 'n2', { type: 'hb', n: 1 }, 5);
    fast.pushDeliver(5, 1, 'n1', 'n2');
    fast.pushDrop(7, 4, 'n2', 'n1', 'partition');
    fast.pushSend(2, 2 ** 40, 'n1', 'n3', { type: 'x' }, 3);
    expect(fast.slice()).toEqual([samples[0], samples[4], samples[6], samples[2]]);
  });

  it('truncates, bumps the epoch only when entries go, and regrows', () => {
    const entries = Array.from({ length: 10_000 }, (_, i): TraceEntry => {
      const from = `n${i % 7}`;
      return i % 3 === 0
        ? { at: i, type: 'send', id: i, from, to: 'n9', body: { type: 'b', i }, deliverAt: i + 7 }
        : { at: i, type: 'deliver', id: i - 1, from, to: 'n9' };
    });
    const trace = traceOf(entries);
    expect(trace.slice()).toEqual(entries);
    trace.truncate(20_000);
    expect(trace.epoch).toBe(0);
    trace.truncate(4096);
    expect(trace.epoch).toBe(1);
    expect(trace.length).toBe(4096);
    expect(trace.at(4096)).toBeUndefined();
    expect(trace.at(4095)).toEqual(entries[4095]);
    trace.truncate(5000 - 4096 + 100);
    expect(trace.epoch).toBe(2);
    for (const entry of entries.slice(1004, 6000)) trace.push(entry);
    expect(trace.slice()).toEqual(entries.slice(0, 6000));
    trace.truncate(0);
    expect(trace.length).toBe(0);
    trace.push(samples[0]!);
    expect(trace.slice()).toEqual([samples[0]]);
  });

  it('round-trips random runs of entries (property)', () => {
    const node = fc.constantFrom('n1', 'n2', 'n3', 'client');
    const time = fc.integer({ min: 0, max: 2 ** 40 });
    const entry: fc.Arbitrary<TraceEntry> = fc.oneof(
      fc.record({
        at: time,
        type: fc.constant('send' as const),
        id: fc.integer({ min: 0, max: 2 ** 35 }),
        from: node,
        to: node,
        body: fc.record({ type: fc.constantFrom('a', 'b') }),
        deliverAt: time,
      }),
      fc.record({
        at: time,
        type: fc.constant('deliver' as const),
        id: fc.nat(),
        from: node,
        to: node,
      }),
      fc.record({
        at: time,
        type: fc.constant('drop' as const),
        id: fc.nat(),
        from: node,
        to: node,
        reason: fc.constantFrom('loss' as const, 'partition' as const, 'crashed' as const),
      }),
      fc.record(
        {
          at: time,
          type: fc.constant('timer' as const),
          node,
          name: fc.constantFrom('heartbeat', 'suspect'),
          key: node,
        },
        { requiredKeys: ['at', 'type', 'node', 'name'] },
      ),
      fc.record({ at: time, type: fc.constant('crash' as const), node }),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.nat({ max: 60 }), (entries, cut) => {
        const trace = traceOf(entries);
        expect(trace.slice().map((e) => JSON.stringify(e))).toEqual(
          entries.map((e) => JSON.stringify(e)),
        );
        trace.truncate(cut);
        expect(hashTrace(trace)).toBe(hashTrace(entries.slice(0, cut)));
      }),
      { seed, numRuns: 200 },
    );
  });
});
