/**
 * The set of operations linearized so far, as a bitset over Uint32Array words with a
 * hash kept up to date on every change (XOR of per-operation hashes), so memoising
 * (set, state) pairs costs O(1) per lookup plus a word compare on a hit. The cache of
 * configurations is Lowe's improvement to Wing & Gong's search (Lowe 2017, "Testing for
 * linearizability").
 *
 * Bits are numbered by call order (`rank`), not by operation index. A search linearizes
 * operations roughly in call order, so at any moment every bit below some point (`low`,
 * the first unset one) is set and none above another (`high`) is: the set is a prefix
 * plus a window as wide as the history's concurrency. The cache stores only that
 * window, which makes a configuration a few words long instead of one bit per operation;
 * without it, a 100,000-operation sequential history would store 12.5 kB per step, and
 * the search would run out of memory long before it ran out of steps.
 */

const WORD_BITS = 32;
const ALL_ONES = 0xffffffff;

/** A 32-bit finaliser (MurmurHash3 fmix32): spreads nearby integers over all bits. Pure. */
export function mix32(value: number): number {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Mutable, owned by one search. */
export class LinearizedSet {
  readonly words: Uint32Array;
  /** XOR of `mix32` of every member, maintained incrementally. */
  hash = 0;
  /** The first unset bit: every bit below it is set. */
  low = 0;
  /** One past the highest set bit (0 when empty). */
  high = 0;
  private readonly memberHash: Uint32Array;
  private readonly rank: Int32Array;

  /** `rank[member]` is the member's bit (its place in call order); identity if omitted. */
  constructor(size: number, rank?: Int32Array) {
    this.words = new Uint32Array(Math.ceil(size / WORD_BITS));
    this.memberHash = new Uint32Array(size);
    for (let i = 0; i < size; i++) this.memberHash[i] = mix32(i + 0x9e3779b9);
    this.rank = rank ?? Int32Array.from({ length: size }, (_, i) => i);
  }

  add(member: number): void {
    const bit = this.rank[member] ?? 0;
    const word = bit >>> 5;
    this.words[word] = (this.words[word] ?? 0) | (1 << (bit & 31));
    this.hash = (this.hash ^ (this.memberHash[member] ?? 0)) >>> 0;
    if (bit >= this.high) this.high = bit + 1;
    if (bit === this.low) this.low = this.firstUnsetFrom(bit);
  }

  delete(member: number): void {
    const bit = this.rank[member] ?? 0;
    const word = bit >>> 5;
    this.words[word] = (this.words[word] ?? 0) & ~(1 << (bit & 31));
    this.hash = (this.hash ^ (this.memberHash[member] ?? 0)) >>> 0;
    if (bit < this.low) this.low = bit;
    if (bit + 1 === this.high) this.high = this.lastSetBelow(bit) + 1;
  }

  has(member: number): boolean {
    const bit = this.rank[member] ?? 0;
    return ((this.words[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  }

  /** The words that hold every bit in [low, high): all others are known from low, high. */
  windowStart(): number {
    return this.low >>> 5;
  }

  windowEnd(): number {
    return Math.max(this.windowStart(), (this.high + WORD_BITS - 1) >>> 5);
  }

  private firstUnsetFrom(bit: number): number {
    let word = bit >>> 5;
    while (word < this.words.length && this.words[word] === ALL_ONES) word++;
    if (word >= this.words.length) return this.words.length * WORD_BITS;
    const inverted = ~(this.words[word] ?? 0);
    return word * WORD_BITS + (31 - Math.clz32(inverted & -inverted));
  }

  /** The highest set bit below `bit`, or -1. */
  private lastSetBelow(bit: number): number {
    for (let word = bit >>> 5; word >= 0; word--) {
      const value = this.words[word] ?? 0;
      if (value !== 0) return word * WORD_BITS + 31 - Math.clz32(value);
    }
    return -1;
  }
}

/**
 * Remembers which (linearized set, register state) configurations the search has
 * already explored: an open-addressing hash set whose entries (the state, the set's
 * window start and length, then the window's words) live in one growing Uint32Array, so
 * adding a configuration allocates nothing in the common case. It refuses to grow past
 * `wordsMax` words, so a search on a huge history runs out of a budget it knows about
 * instead of out of memory.
 */
export class ConfigurationCache {
  private slab: Uint32Array;
  private used = 0;
  /** Slot → entry offset + 1 (0 = empty). */
  private slots: Int32Array;
  private slotHashes: Uint32Array;
  size = 0;
  /** Set when an entry did not fit within `wordsMax`. */
  full = false;

  constructor(private readonly wordsMax = Infinity) {
    this.slab = new Uint32Array(4096);
    this.slots = new Int32Array(2048);
    this.slotHashes = new Uint32Array(2048);
  }

  /** Adds the configuration; returns false if it was already there, or did not fit. */
  add(set: LinearizedSet, state: number): boolean {
    const hash = (set.hash ^ mix32(state)) >>> 0;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const occupant = this.slots[slot] ?? 0;
      if (occupant === 0) break;
      if (this.slotHashes[slot] === hash && this.matches(occupant - 1, set, state)) return false;
    }
    return this.store(set, state, hash);
  }

  /** The memory the cache holds, in bytes. */
  bytes(): number {
    return this.slab.byteLength + this.slots.byteLength + this.slotHashes.byteLength;
  }

  private matches(offset: number, set: LinearizedSet, state: number): boolean {
    const start = set.windowStart();
    const length = set.windowEnd() - start;
    if (this.slab[offset] !== state >>> 0) return false;
    if (this.slab[offset + 1] !== start || this.slab[offset + 2] !== length) return false;
    for (let i = 0; i < length; i++)
      if (this.slab[offset + 3 + i] !== set.words[start + i]) return false;
    return true;
  }

  private store(set: LinearizedSet, state: number, hash: number): boolean {
    const start = set.windowStart();
    const length = set.windowEnd() - start;
    const needed = this.used + 3 + length;
    const slabLength =
      needed <= this.slab.length ? this.slab.length : Math.max(needed, this.slab.length * 2);
    const growSlots = (this.size + 1) * 2 > this.slots.length;
    const slotLength = growSlots ? this.slots.length * 2 : this.slots.length;
    // Slots and their hashes are two arrays of slotLength words each.
    if (slabLength + 2 * slotLength > this.wordsMax) {
      this.full = true;
      return false;
    }
    if (slabLength > this.slab.length) {
      const bigger = new Uint32Array(slabLength);
      bigger.set(this.slab);
      this.slab = bigger;
    }
    const offset = this.used;
    this.slab[offset] = state >>> 0;
    this.slab[offset + 1] = start;
    this.slab[offset + 2] = length;
    this.slab.set(set.words.subarray(start, start + length), offset + 3);
    this.used = needed;
    this.size++;
    if (growSlots) this.rehash();
    this.place(offset, hash);
    return true;
  }

  private place(offset: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = offset + 1;
    this.slotHashes[slot] = hash;
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldHashes = this.slotHashes;
    this.slots = new Int32Array(oldSlots.length * 2);
    this.slotHashes = new Uint32Array(oldSlots.length * 2);
    for (let slot = 0; slot < oldSlots.length; slot++) {
      const occupant = oldSlots[slot] ?? 0;
      if (occupant !== 0) this.place(occupant - 1, oldHashes[slot] ?? 0);
    }
  }
}
