/**
 * The trace hash is how runs are compared (golden traces, the CLI, these tests), so it
 * must be sensitive to any change in any entry, honour `end`, and stay stable.
 */
import { describe, expect, it } from 'vitest';
import { countTrace, hashTrace, type TraceEntry } from './trace';

const trace: TraceEntry[] = [
  {
    at: 0,
    type: 'send',
    id: 1,
    from: 'n1',
    to: 'n2',
    body: { type: 'heartbeat', incarnation: 1 },
    deliverAt: 5,
  },
  { at: 5, type: 'deliver', id: 1, from: 'n1', to: 'n2' },
  { at: 7, type: 'note', node: 'n2', kind: 'suspect', text: 'n2 suspects n3', peer: 'n3' },
  { at: 9, type: 'crash', node: 'n3' },
];

describe('hashTrace', () => {
  it('is 16 hex digits, stable across versions', () => {
    expect(hashTrace([])).toMatch(/^[0-9a-f]{16}$/);
    expect(hashTrace(trace)).toBe(hashTrace(structuredClone(trace)));
    // Golden value: golden traces and saved comparisons depend on it.
    expect(hashTrace(trace)).toMatchInlineSnapshot(`"9c43b9b335146434"`);
  });

  it('changes when any field of any entry changes, or entries are reordered', () => {
    const base = hashTrace(trace);
    const variants: TraceEntry[][] = [
      [{ ...trace[0]!, at: 1 } as TraceEntry, ...trace.slice(1)],
      [trace[0]!, { ...trace[1]!, to: 'n3' } as TraceEntry, ...trace.slice(2)],
      [...trace.slice(0, 2), { ...trace[2]!, text: 'n2 suspects n4' } as TraceEntry, trace[3]!],
      [trace[1]!, trace[0]!, ...trace.slice(2)],
      trace.slice(0, 3),
    ];
    const hashes = variants.map((variant) => hashTrace(variant));
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('hashes only the first `end` entries', () => {
    expect(hashTrace(trace, 2)).toBe(hashTrace(trace.slice(0, 2)));
    expect(hashTrace(trace, 0)).toBe(hashTrace([]));
  });
});

describe('countTrace', () => {
  it('counts entries by type up to `end`', () => {
    expect(countTrace(trace)).toEqual({ send: 1, deliver: 1, note: 1, crash: 1 });
    expect(countTrace(trace, 1)).toEqual({ send: 1 });
  });
});
