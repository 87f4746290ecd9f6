/**
 * The in-flight table must behave as the Map<number, InFlight> it replaces: same lookups,
 * same iteration order (ids ascending), across removals in any order, compaction, and clones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InFlightTable } from './inflight';
import type { InFlight } from './world';

const seed = Number(process.env.FC_SEED ?? 20240611);

function message(id: number): InFlight {
  return {
    type: 'message',
    time: id,
    seq: id,
    id,
    from: 'n1',
    to: 'n2',
    body: { type: 'ping' },
    sentAt: 0,
    deliverAt: id,
    endAt: id,
    lost: false,
    reason: null,
  };
}

describe('InFlightTable', () => {
  it('matches a Map under random sends and removals, and clones independently', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(-1), fc.nat({ max: 3000 })), { maxLength: 4000 }),
        (ops) => {
          const table = new InFlightTable();
          const map = new Map<number, InFlight>();
          let next = 1;
          let copy: { table: InFlightTable; map: Map<number, InFlight> } | null = null;
          for (const [step, op] of ops.entries()) {
            if (op === -1) {
              const sent = message(next++);
              table.set(sent);
              map.set(sent.id, sent);
            } else {
              const id = next - 1 - (op % 40);
              expect(table.delete(id)).toBe(map.delete(id));
            }
            if (step === 1000) copy = { table: table.clone(), map: new Map(map) };
          }
          expect(table.size).toBe(map.size);
          expect([...table.values()]).toEqual([...map.values()]);
          const visited: InFlight[] = [];
          table.forEach((m) => visited.push(m));
          expect(visited).toEqual([...map.values()]);
          for (let id = 0; id <= next; id++) expect(table.get(id)).toBe(map.get(id));
          if (copy) expect([...copy.table.values()]).toEqual([...copy.map.values()]);
        },
      ),
      { seed, numRuns: 60 },
    );
  });

  it('keeps a straggler while the window moves past thousands of messages', () => {
    const table = new InFlightTable();
    table.set(message(1));
    for (let id = 2; id < 10_000; id++) {
      table.set(message(id));
      table.delete(id - 1 === 1 ? -5 : id - 1);
    }
    expect([...table.values()].map((m) => m.id)).toEqual([1, 9999]);
    table.delete(1);
    expect([...table.values()].map((m) => m.id)).toEqual([9999]);
    expect(table.get(1)).toBeUndefined();
    expect(() => table.set(message(9998))).toThrow(/not the newest/);
  });
});
