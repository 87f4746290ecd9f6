/**
 * A binary min-heap of scheduled events ordered by (time, seq). `seq` is a counter the
 * World hands out, so events at the same virtual time run in the order they were
 * scheduled: ties are broken deterministically, never by heap layout.
 *
 * Events carry their own time and seq, so scheduling one allocates nothing but the event.
 */
import type { Micros } from './time';

/** Anything the heap can order. */
export interface Timed {
  readonly time: Micros;
  readonly seq: number;
}

/** A plain value with its place in the schedule. */
export interface Scheduled<E> extends Timed {
  readonly event: E;
}

function before(x: Timed, y: Timed): boolean {
  return x.time < y.time || (x.time === y.time && x.seq < y.seq);
}

export class EventHeap<T extends Timed> {
  private items: T[];

  constructor(items: T[] = []) {
    this.items = items.slice();
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    this.items.push(item);
    this.siftUp(this.items.length - 1);
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  /** A copy that shares the (immutable) entries, for checkpoints. */
  clone(): EventHeap<T> {
    const copy = new EventHeap<T>();
    copy.items = this.items.slice();
    return copy;
  }

  private siftUp(index: number): void {
    const items = this.items;
    const item = items[index]!;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = items[parent]!;
      if (!before(item, above)) break;
      items[index] = above;
      index = parent;
    }
    items[index] = item;
  }

  private siftDown(index: number): void {
    const items = this.items;
    const length = items.length;
    const item = items[index]!;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && before(items[right]!, items[left]!) ? right : left;
      const below = items[child]!;
      if (!before(below, item)) break;
      items[index] = below;
      index = child;
    }
    items[index] = item;
  }
}
