/**
 * The scheduler's ordering contract: earliest time first, and among equal times, the
 * order of scheduling (seq). Checked by hand for ties and against a sorted reference for
 * random workloads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap, type Scheduled } from './heap';

const seed = Number(process.env.FC_SEED ?? 20240611);

function drain<E>(heap: EventHeap<Scheduled<E>>): Scheduled<E>[] {
  const out: Scheduled<E>[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
  return out;
}

function byTimeThenSeq<E>(x: Scheduled<E>, y: Scheduled<E>): number {
  return x.time - y.time || x.seq - y.seq;
}

describe('EventHeap', () => {
  it('pops earliest time first', () => {
    const heap = new EventHeap<Scheduled<string>>();
    heap.push({ time: 30, seq: 0, event: 'c' });
    heap.push({ time: 10, seq: 1, event: 'a' });
    heap.push({ time: 20, seq: 2, event: 'b' });
    expect(heap.size).toBe(3);
    expect(heap.peek()?.event).toBe('a');
    expect(drain(heap).map((item) => item.event)).toEqual(['a', 'b', 'c']);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
    expect(heap.peek()).toBeUndefined();
  });

  it('breaks ties in time by seq, not by the order pushed', () => {
    const heap = new EventHeap<Scheduled<string>>();
    // Pushed out of seq order, all at the same instant.
    for (const seq of [5, 2, 8, 0, 3, 9, 1, 7, 4, 6])
      heap.push({ time: 100, seq, event: `e${seq}` });
    heap.push({ time: 99, seq: 10, event: 'earlier' });
    expect(drain(heap).map((item) => item.event)).toEqual([
      'earlier',
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((seq) => `e${seq}`),
    ]);
  });

  it('heapifies a constructor array without touching the caller’s copy', () => {
    const items = [
      { time: 5, seq: 3, event: 'd' },
      { time: 1, seq: 9, event: 'b' },
      { time: 1, seq: 2, event: 'a' },
      { time: 7, seq: 0, event: 'e' },
      { time: 5, seq: 1, event: 'c' },
    ];
    const before = items.slice();
    const heap = new EventHeap(items);
    expect(drain(heap).map((item) => item.event)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(items).toEqual(before);
  });

  it('keeps a clone independent of the original', () => {
    const heap = new EventHeap<Scheduled<string>>();
    heap.push({ time: 2, seq: 0, event: 'x' });
    heap.push({ time: 1, seq: 1, event: 'y' });
    const copy = heap.clone();
    heap.push({ time: 0, seq: 2, event: 'only-in-original' });
    copy.pop();
    copy.push({ time: 3, seq: 3, event: 'only-in-copy' });
    expect(drain(heap).map((item) => item.event)).toEqual(['only-in-original', 'y', 'x']);
    expect(drain(copy).map((item) => item.event)).toEqual(['x', 'only-in-copy']);
  });

  it('matches a sorted reference over random pushes and pops (property)', () => {
    // A script of operations: push an event at a small time (so ties are common) or pop.
    const operation = fc.oneof(
      fc.record({ op: fc.constant('push' as const), time: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ op: fc.constant('pop' as const) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (script) => {
        const heap = new EventHeap<Scheduled<number>>();
        let reference: Scheduled<number>[] = [];
        let seq = 0;
        for (const step of script) {
          if (step.op === 'push') {
            const item = { time: step.time, seq, event: seq };
            seq++;
            heap.push(item);
            reference.push(item);
          } else {
            reference.sort(byTimeThenSeq);
            const expected = reference[0];
            reference = reference.slice(1);
            expect(heap.pop()).toBe(expected);
          }
          expect(heap.size).toBe(reference.length);
        }
        expect(drain(heap)).toEqual(reference.sort(byTimeThenSeq));
      }),
      { seed, numRuns: 200 },
    );
  });
});
