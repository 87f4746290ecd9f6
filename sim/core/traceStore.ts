/**
 * The engine's trace, stored in columns: typed arrays for the time, the kind and the small
 * fields of every entry, node ids and other repeated strings as indexes into one table,
 * and a side column for message bodies. The common entries (send, deliver, drop, timer,
 * state) then cost about 25 bytes instead of a 100-byte object each, and leave nothing
 * for the garbage collector to trace; anything else, or anything that does not fit the
 * columns, is kept as the object it was recorded as.
 *
 * Reading is the same as from an array of entries: `length` and `at(i)`, which builds the
 * TraceEntry (same keys, same order, so `hashTrace` is unchanged). Built entries are new
 * objects each time: compare them by value, not identity. `epoch` goes up whenever
 * recorded entries are cut off (a fork), so a reader that kept a position can tell.
 */
import type { NodeId } from './ids';
import type { Micros } from './time';
import type { DropReason, MessageBody, TraceEntry, TraceReader, TraceType } from './trace';

/**
 * A time read from the Float64 column, as a small integer when it is one. V8 otherwise
 * keeps the double representation, and every object that stores it (an entry, and then
 * the views' events and arrows) gets a boxed number per field: 12 to 16 bytes more each.
 * 2^30 is the small-integer limit with pointer compression (about 18 minutes in µs).
 */
function small(time: number): number {
  return time < 0x40000000 && time >= 0 ? time | 0 : time;
}

/** Kind codes. OBJECT: the entry is stored whole in the side column. */
const OBJECT = 0;
const SEND = 1;
const DELIVER = 2;
const DROP = 3;
const TIMER = 4;
const TIMER_KEYED = 5;
const STATE = 6;

/** The entry type of each kind code (OBJECT's is read from the entry itself). */
const KIND_TYPES: readonly (TraceType | null)[] = [
  null,
  'send',
  'deliver',
  'drop',
  'timer',
  'timer',
  'state',
];

const DROP_REASONS: readonly DropReason[] = ['loss', 'partition', 'crashed', 'command'];
const REASON_CODE: Readonly<Record<DropReason, number>> = {
  loss: 0,
  partition: 1,
  crashed: 2,
  command: 3,
};

/** Largest string index the 16-bit columns hold. */
const MAX_NAME = 0xffff;
/** Entries per chunk: columns grow a chunk at a time, so nothing is ever copied. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

/** The columns of CHUNK consecutive entries. */
class Chunk {
  readonly times = new Float64Array(CHUNK);
  readonly kinds = new Uint8Array(CHUNK);
  /** Message id; for timers and state changes, a string index (name, from-state). */
  readonly ids = new Int32Array(CHUNK);
  /** Sender or node (string index). */
  readonly as = new Uint16Array(CHUNK);
  /** Receiver, timer key + 1, or to-state (string index). */
  readonly bs = new Uint16Array(CHUNK);
  /** Send: delay until delivery. Drop: reason code. */
  readonly ds = new Int32Array(CHUNK);
  /** Send: the body. OBJECT: the entry. Otherwise empty. */
  readonly side: unknown[] = new Array<unknown>(CHUNK);
}

export class Trace implements TraceReader {
  private size = 0;
  private chunks: Chunk[] = [];
  /** The chunk being written: the one holding entry `size`, once it exists. */
  private tail: Chunk | null = null;
  private names: string[] = [];
  private nameIndex = new Map<string, number>();
  /** Goes up each time recorded entries are cut off by `truncate`. */
  epoch = 0;

  get length(): number {
    return this.size;
  }

  /** The entry at `index` (negative counts from the end), built afresh; undefined outside. */
  at(index: number): TraceEntry | undefined {
    const i = index < 0 ? index + this.size : index;
    if (!(i >= 0 && i < this.size)) return undefined;
    const c = this.chunks[i >> CHUNK_BITS]!;
    const j = i & MASK;
    const at = small(c.times[j]!);
    const names = this.names;
    switch (c.kinds[j]) {
      case SEND:
        return {
          at,
          type: 'send',
          id: c.ids[j]!,
          from: names[c.as[j]!]!,
          to: names[c.bs[j]!]!,
          body: c.side[j] as MessageBody,
          deliverAt: small(at + c.ds[j]!),
        };
      case DELIVER:
        return { at, type: 'deliver', id: c.ids[j]!, from: names[c.as[j]!]!, to: names[c.bs[j]!]! };
      case DROP:
        return {
          at,
          type: 'drop',
          id: c.ids[j]!,
          from: names[c.as[j]!]!,
          to: names[c.bs[j]!]!,
          reason: DROP_REASONS[c.ds[j]!]!,
        };
      case TIMER:
        return { at, type: 'timer', node: names[c.as[j]!]!, name: names[c.ids[j]!]! };
      case TIMER_KEYED:
        return {
          at,
          type: 'timer',
          node: names[c.as[j]!]!,
          name: names[c.ids[j]!]!,
          key: names[c.bs[j]! - 1]!,
        };
      case STATE:
        return {
          at,
          type: 'state',
          node: names[c.as[j]!]!,
          from: names[c.ids[j]!]!,
          to: names[c.bs[j]!]!,
        };
      default:
        return c.side[j] as TraceEntry;
    }
  }

  /** The type of entry `index` (in range), without building it. */
  typeAt(index: number): TraceType {
    const c = this.chunks[index >> CHUNK_BITS]!;
    const j = index & MASK;
    const kind = c.kinds[j]!;
    return kind === OBJECT ? (c.side[j] as TraceEntry).type : KIND_TYPES[kind]!;
  }

  /** The time of entry `index`, without building it. */
  timeAt(index: number): Micros {
    return this.chunks[index >> CHUNK_BITS]!.times[index & MASK]!;
  }

  /** Entries `[start, end)` as an array of objects, like Array.prototype.slice. */
  slice(start = 0, end = this.size): TraceEntry[] {
    const from = Math.max(0, start < 0 ? start + this.size : start);
    const to = Math.min(this.size, end < 0 ? end + this.size : end);
    const out: TraceEntry[] = [];
    for (let i = from; i < to; i++) out.push(this.at(i)!);
    return out;
  }

  /** Keeps the first `length` entries; drops the rest. */
  truncate(length: number): void {
    const keep = Math.max(0, length);
    if (keep >= this.size) return;
    this.chunks.length = (keep + MASK) >> CHUNK_BITS;
    // Release the cut bodies and entries of the chunk that stays.
    const last = this.chunks[keep >> CHUNK_BITS];
    if (last) last.side.fill(undefined, keep & MASK);
    this.tail = last ?? null;
    this.size = keep;
    this.epoch++;
  }

  /** Appends any entry: in columns when it fits, else as the object itself. */
  push(entry: TraceEntry): void {
    switch (entry.type) {
      case 'send':
        if (entry.dupOf === undefined) {
          this.pushSend(entry.at, entry.id, entry.from, entry.to, entry.body, entry.deliverAt);
          return;
        }
        break;
      case 'deliver':
        this.pushDeliver(entry.at, entry.id, entry.from, entry.to);
        return;
      case 'drop':
        this.pushDrop(entry.at, entry.id, entry.from, entry.to, entry.reason);
        return;
      case 'timer': {
        const node = this.intern(entry.node);
        const name = this.intern(entry.name);
        const key = entry.key === undefined ? -1 : this.intern(entry.key);
        if (node <= MAX_NAME && key < MAX_NAME) {
          this.put(key < 0 ? TIMER : TIMER_KEYED, entry.at, name, node, key + 1, 0);
          return;
        }
        break;
      }
      case 'state': {
        const node = this.intern(entry.node);
        const from = this.intern(entry.from);
        const to = this.intern(entry.to);
        if (node <= MAX_NAME && to <= MAX_NAME) {
          this.put(STATE, entry.at, from, node, to, 0);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.pushObject(entry);
  }

  /** Appends `{ at, type: 'send', id, from, to, body, deliverAt }` without building it. */
  pushSend(
    at: Micros,
    id: number,
    from: NodeId,
    to: NodeId,
    body: MessageBody,
    deliverAt: Micros,
  ): void {
    const a = this.intern(from);
    const b = this.intern(to);
    const delay = deliverAt - at;
    if (a > MAX_NAME || b > MAX_NAME || (id | 0) !== id || !((delay | 0) === delay && delay >= 0)) {
      this.pushObject({ at, type: 'send', id, from, to, body, deliverAt });
      return;
    }
    const j = this.put(SEND, at, id, a, b, delay);
    this.tail!.side[j] = body;
  }

  /** Appends `{ at, type: 'deliver', id, from, to }` without building it. */
  pushDeliver(at: Micros, id: number, from: NodeId, to: NodeId): void {
    const a = this.intern(from);
    const b = this.intern(to);
    if (a <= MAX_NAME && b <= MAX_NAME && (id | 0) === id) this.put(DELIVER, at, id, a, b, 0);
    else this.pushObject({ at, type: 'deliver', id, from, to });
  }

  /** Appends `{ at, type: 'drop', id, from, to, reason }` without building it. */
  pushDrop(at: Micros, id: number, from: NodeId, to: NodeId, reason: DropReason): void {
    const a = this.intern(from);
    const b = this.intern(to);
    if (a <= MAX_NAME && b <= MAX_NAME && (id | 0) === id)
      this.put(DROP, at, id, a, b, REASON_CODE[reason]);
    else this.pushObject({ at, type: 'drop', id, from, to, reason });
  }

  private pushObject(entry: TraceEntry): void {
    const j = this.put(OBJECT, entry.at, 0, 0, 0, 0);
    this.tail!.side[j] = entry;
  }

  /** Writes one entry's columns at the end; returns its slot in the tail chunk. */
  private put(kind: number, at: Micros, id: number, a: number, b: number, d: number): number {
    const j = this.size & MASK;
    let c = this.tail;
    if (j === 0 || c === null) {
      c = this.chunks[this.size >> CHUNK_BITS] ?? null;
      if (c === null) {
        c = new Chunk();
        this.chunks.push(c);
      }
      this.tail = c;
    }
    c.times[j] = at;
    c.kinds[j] = kind;
    c.ids[j] = id;
    c.as[j] = a;
    c.bs[j] = b;
    c.ds[j] = d;
    this.size++;
    return j;
  }

  private intern(name: string): number {
    let index = this.nameIndex.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, index);
    }
    return index;
  }
}
