import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allPending,
  dropPending,
  EMPTY_PENDING,
  getPending,
  putPending,
  type Pending,
} from './pendingTable';

const entry = (q: number, got = 0): Pending => ({ q, at: q, awaiting: [], got, left: 1, seed: 0 });

describe('PendingTable', () => {
  it('behaves as a map from query to entry under any puts and drops', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.nat(200), fc.nat(5)), { maxLength: 300 }),
        (ops) => {
          let table = EMPTY_PENDING;
          const model = new Map<number, Pending>();
          for (const [put, q, got] of ops) {
            if (put) {
              table = putPending(table, entry(q, got));
              model.set(q, entry(q, got));
            } else {
              table = dropPending(table, q);
              model.delete(q);
            }
            expect(table.size).toBe(model.size);
            expect(getPending(table, q)).toEqual(model.get(q));
          }
          expect(allPending(table)).toEqual([...model.values()].sort((a, b) => a.q - b.q));
        },
      ),
    );
  });

  it('leaves the table it was given unchanged', () => {
    const before = putPending(EMPTY_PENDING, entry(3));
    putPending(before, entry(35));
    dropPending(before, 3);
    expect(allPending(before)).toEqual([entry(3)]);
  });
});
