/**
 * Small dense tables keyed by trace indexes and message ids. Both keys grow with the run,
 * and a graph of a stretch of the run (a window starting at trace index 40,000) sees only
 * keys from somewhere on: each table starts at the first key it is given, so a window
 * costs room for its own keys, not for everything before them.
 */

/**
 * Trace index → event id, as a growing column of 32-bit ints (-1: no event), since
 * almost every trace index has one: a Map would cost several times more per entry.
 * Keys below `base` (the first trace index the graph reads) have no event.
 */
export class EventOfTrace {
  private ids = new Int32Array(1024).fill(-1);

  /** `base`: the first trace index that can have an event. */
  constructor(readonly base = 0) {}

  get(index: number): number | undefined {
    const at = index - this.base;
    const id = at >= 0 && at < this.ids.length ? this.ids[at]! : -1;
    return id < 0 ? undefined : id;
  }

  has(index: number): boolean {
    return this.get(index) !== undefined;
  }

  /**
   * A table from trace index `base` on, of `from`'s entries in [base, end) with ids at
   * and past `first` moved down by `first` (ids below it: no event). O(end − base).
   */
  static rebased(from: EventOfTrace, base: number, end: number, first: number): EventOfTrace {
    const table = new EventOfTrace(base);
    let length = table.ids.length;
    while (length < end - base) length *= 2;
    if (length > table.ids.length) table.ids = new Int32Array(length).fill(-1);
    for (let index = base; index < end; index++) {
      const id = from.get(index);
      if (id !== undefined && id >= first) table.ids[index - base] = id - first;
    }
    return table;
  }

  set(index: number, id: number): void {
    const at = index - this.base;
    if (at < 0) return;
    if (at >= this.ids.length) {
      let length = this.ids.length * 2;
      while (length <= at) length *= 2;
      const grown = new Int32Array(length).fill(-1);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[at] = id;
  }
}

/**
 * Message id → value. Ids are small, dense and mostly increasing, so this is an array
 * offset by the first id it was given (an id below that moves the offset down).
 */
export class IdTable<T> {
  private base = 0;
  private items: (T | undefined)[] = [];

  get(id: number): T | undefined {
    return this.items[id - this.base];
  }

  /** Calls `visit` with every value, in order of id. */
  forEach(visit: (value: T) => void): void {
    for (const item of this.items) if (item !== undefined) visit(item);
  }

  set(id: number, value: T): void {
    if (this.items.length === 0) this.base = id;
    else if (id < this.base) {
      const room: (T | undefined)[] = new Array<T | undefined>(this.base - id).fill(undefined);
      this.items = room.concat(this.items);
      this.base = id;
    }
    // Filled up to `id` first, so the array stays packed (no holes): a hole makes V8
    // keep it as a dictionary.
    const at = id - this.base;
    while (this.items.length < at) this.items.push(undefined);
    this.items[at] = value;
  }
}

/** How many of `sorted` (increasing) are below `value`. O(log n). */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
