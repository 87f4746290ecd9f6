/**
 * The call and return entries of a key's operations as a doubly linked list in time
 * order, with O(1) `lift` (take an operation's two entries out when it is linearized)
 * and `unlift` (put them back when the search backtracks). This is the list that Wing &
 * Gong 1993 ("Testing and verifying concurrent objects") walk, in the array form Lowe
 * 2017 describes. Entry `op` is the call of operation `op`; entry `op + size` its return.
 */
import type { KeyProblem } from './keyProblem';

/** Marks the end of the list. */
export const END = -1;

/** Mutable: the search lifts and unlifts entries in place, in stack order. */
export class EntryList {
  /** The sentinel before the first entry. */
  readonly head: number;
  readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly size: number;

  /**
   * Sorts by time. At equal times calls come before returns, so an operation that
   * returns at t overlaps one called at t.
   */
  constructor(problem: KeyProblem) {
    const size = problem.size;
    this.size = size;
    this.head = 2 * size;
    this.next = new Int32Array(2 * size + 1);
    this.prev = new Int32Array(2 * size + 1);
    const entries = Array.from({ length: 2 * size }, (_, entry) => entry);
    const timeOf = (entry: number) =>
      entry < size ? (problem.call[entry] ?? 0) : (problem.ret[entry - size] ?? 0);
    entries.sort((a, b) => timeOf(a) - timeOf(b) || Number(a >= size) - Number(b >= size) || a - b);
    let previous = this.head;
    for (const entry of entries) {
      this.next[previous] = entry;
      this.prev[entry] = previous;
      previous = entry;
    }
    this.next[previous] = END;
  }

  isCall(entry: number): boolean {
    return entry < this.size;
  }

  first(): number {
    return this.next[this.head] ?? END;
  }

  /** Removes operation `op`'s call and return entries. */
  lift(op: number): void {
    this.unlink(op);
    this.unlink(op + this.size);
  }

  /** Undoes the most recent `lift`, which must have been of `op`. */
  unlift(op: number): void {
    this.relink(op + this.size);
    this.relink(op);
  }

  private unlink(entry: number): void {
    const before = this.prev[entry] ?? this.head;
    const after = this.next[entry] ?? END;
    this.next[before] = after;
    if (after !== END) this.prev[after] = before;
  }

  private relink(entry: number): void {
    const before = this.prev[entry] ?? this.head;
    const after = this.next[entry] ?? END;
    this.next[before] = entry;
    if (after !== END) this.prev[after] = entry;
  }
}
