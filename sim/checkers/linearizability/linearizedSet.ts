/**
 * The set of operations linearized so far, as a bitset over Uint32Array words with a
 * hash kept up to date on every change (XOR of per-operation hashes), so memoising
 * (set, state) pairs costs O(1) per lookup plus a word compare on a hit. The cache of
 * configurations is Lowe's improvement to Wing & Gong's search (Lowe 2017, "Testing for
 * linearizability").
 */

const WORD_BITS = 32;

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
  private readonly memberHash: Uint32Array;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / WORD_BITS));
    this.memberHash = new Uint32Array(size);
    for (let i = 0; i < size; i++) this.memberHash[i] = mix32(i + 0x9e3779b9);
  }

  add(member: number): void {
    const word = member >>> 5;
    this.words[word] = (this.words[word] ?? 0) | (1 << (member & 31));
    this.hash = (this.hash ^ (this.memberHash[member] ?? 0)) >>> 0;
  }

  delete(member: number): void {
    const word = member >>> 5;
    this.words[word] = (this.words[word] ?? 0) & ~(1 << (member & 31));
    this.hash = (this.hash ^ (this.memberHash[member] ?? 0)) >>> 0;
  }

  has(member: number): boolean {
    return ((this.words[member >>> 5] ?? 0) & (1 << (member & 31))) !== 0;
  }
}

/**
 * Remembers which (linearized set, register state) configurations the search has
 * already explored: an open-addressing hash set whose entries (the set's words, then the
 * state) live in one growing Uint32Array, so adding a configuration allocates nothing
 * in the common case.
 */
export class ConfigurationCache {
  private readonly entryWords: number;
  private slab: Uint32Array;
  /** Slot → entry number + 1 (0 = empty). */
  private slots: Int32Array;
  private slotHashes: Uint32Array;
  size = 0;

  constructor(private readonly setWords: number) {
    this.entryWords = setWords + 1;
    this.slab = new Uint32Array(this.entryWords * 1024);
    this.slots = new Int32Array(2048);
    this.slotHashes = new Uint32Array(2048);
  }

  /** Adds the configuration; returns false if it was already there. */
  add(set: LinearizedSet, state: number): boolean {
    const hash = (set.hash ^ mix32(state)) >>> 0;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const occupant = this.slots[slot] ?? 0;
      if (occupant === 0) break;
      if (this.slotHashes[slot] === hash && this.matches(occupant - 1, set.words, state))
        return false;
    }
    this.store(set.words, state, hash);
    return true;
  }

  private matches(entry: number, words: Uint32Array, state: number): boolean {
    const base = entry * this.entryWords;
    if (this.slab[base + this.setWords] !== state) return false;
    for (let i = 0; i < this.setWords; i++) if (this.slab[base + i] !== words[i]) return false;
    return true;
  }

  private store(words: Uint32Array, state: number, hash: number): void {
    const entry = this.size++;
    if ((entry + 1) * this.entryWords > this.slab.length) {
      const bigger = new Uint32Array(this.slab.length * 2);
      bigger.set(this.slab);
      this.slab = bigger;
    }
    this.slab.set(words, entry * this.entryWords);
    this.slab[entry * this.entryWords + this.setWords] = state;
    if (this.size * 2 > this.slots.length) this.rehash();
    this.place(entry, hash);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
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
