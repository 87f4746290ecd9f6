/**
 * The messages on the wire, by id. Ids are handed out in sending order and every message
 * is put here as it is sent, so the table is a sliding window over ids: an array indexed
 * by `id - base`, with a head that moves past messages that have left. Lookups, inserts
 * and removals are array accesses, with no hashing and nothing allocated per message.
 * It iterates in id order, which is sending order, as a Map in insertion order would.
 */
import type { Timed } from './heap';
import type { NodeId } from './ids';
import type { Micros } from './time';
import type { MessageBody } from './trace';

/**
 * A message on the wire. `endAt` is when it arrives, or when it is lost if `lost`. The
 * record is also the event the scheduler holds for it, due at `time` (= `endAt`).
 */
export interface InFlight extends Timed {
  readonly type: 'message';
  readonly id: number;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly body: MessageBody;
  readonly sentAt: Micros;
  readonly deliverAt: Micros;
  readonly endAt: Micros;
  readonly lost: boolean;
  /** Why it dies half-way, when `lost`; decided when it is sent, as is whether. */
  readonly reason: 'partition' | 'loss' | null;
}

/** Past this many dead slots at the front (and half the array), the window is moved. */
const COMPACT_AT = 1024;

export class InFlightTable {
  private slots: (InFlight | undefined)[] = [];
  /** The id of `slots[0]`. */
  private base = 0;
  /** Slots before this one are all empty. */
  private head = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: number): InFlight | undefined {
    const i = id - this.base;
    return i >= this.head && i < this.slots.length ? this.slots[i] : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  /** Adds a message; its id must be greater than every id added before. */
  set(message: InFlight): void {
    if (this.count === 0) {
      this.slots.length = 0;
      this.base = message.id;
      this.head = 0;
    }
    const i = message.id - this.base;
    if (i < this.slots.length) throw new Error(`message ${message.id} is not the newest`);
    while (this.slots.length < i) this.slots.push(undefined);
    this.slots.push(message);
    this.count++;
  }

  delete(id: number): boolean {
    const i = id - this.base;
    if (!(i >= this.head && i < this.slots.length) || this.slots[i] === undefined) return false;
    this.slots[i] = undefined;
    this.count--;
    if (i === this.head) {
      const slots = this.slots;
      let head = i + 1;
      while (head < slots.length && slots[head] === undefined) head++;
      this.head = head;
      if (head >= COMPACT_AT && head * 2 >= slots.length) {
        this.slots = slots.slice(head);
        this.base += head;
        this.head = 0;
      }
    }
    return true;
  }

  /** The messages in id order. */
  *values(): IterableIterator<InFlight> {
    const slots = this.slots;
    for (let i = this.head; i < slots.length; i++) {
      const message = slots[i];
      if (message !== undefined) yield message;
    }
  }

  /** Calls `visit` for each message in id order: `values()` without an iterator, for per-frame loops. */
  forEach(visit: (message: InFlight) => void): void {
    const slots = this.slots;
    for (let i = this.head; i < slots.length; i++) {
      const message = slots[i];
      if (message !== undefined) visit(message);
    }
  }

  /** An independent copy (the messages themselves are immutable and shared). */
  clone(): InFlightTable {
    const copy = new InFlightTable();
    copy.slots = this.slots.slice(this.head);
    copy.base = this.base + this.head;
    copy.count = this.count;
    return copy;
  }
}
