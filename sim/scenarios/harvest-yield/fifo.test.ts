import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FIFO, peekFifo, popFifo, pushFifo, type Fifo } from './fifo';

function drain(fifo: Fifo): number[] {
  const out: number[] = [];
  for (let q = fifo; q.length > 0; q = popFifo(q)) out.push(peekFifo(q)!);
  return out;
}

describe('Fifo', () => {
  it('behaves as an array queue under any mix of pushes and pops', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(1000), fc.constant(-1)), { maxLength: 400 }), (ops) => {
        let fifo = EMPTY_FIFO;
        const model: number[] = [];
        for (const op of ops) {
          if (op < 0) {
            expect(peekFifo(fifo)).toBe(model[0]);
            fifo = popFifo(fifo);
            model.shift();
          } else {
            fifo = pushFifo(fifo, op);
            model.push(op);
          }
          expect(fifo.length).toBe(model.length);
        }
        expect(drain(fifo)).toEqual(model);
      }),
    );
  });

  it('leaves the queue it was given unchanged', () => {
    const before = pushFifo(pushFifo(EMPTY_FIFO, 1), 2);
    pushFifo(before, 3);
    popFifo(before);
    expect(drain(before)).toEqual([1, 2]);
  });
});
