/**
 * The queries a front end is working on, kept as a small persistent hash table: 32
 * buckets of a few entries each. A change copies one bucket and the list of buckets,
 * never the whole table, so a query costs the same however many are in flight (copying
 * a record of every pending query on every answer was the scenario's largest cost).
 */
import type { Micros } from '@/sim/core/time';

/** A query the front end is working on. */
export interface Pending {
  readonly q: number;
  readonly at: Micros;
  /** The machine (0-based) each partition's sub-query went to; -1 once settled or never sent. */
  readonly awaiting: readonly number[];
  /** Partitions that answered. */
  readonly got: number;
  /** Sub-queries still out. */
  readonly left: number;
  /** The query's random number: its replica choices and its cost on each partition. */
  readonly seed: number;
}

const BUCKETS = 32;

export interface PendingTable {
  readonly buckets: readonly (readonly Pending[])[];
  readonly size: number;
}

export const EMPTY_PENDING: PendingTable = {
  buckets: Array.from({ length: BUCKETS }, () => []),
  size: 0,
};

const bucketOf = (q: number) => q % BUCKETS;

/** The pending query `q`, if any. Pure. */
export function getPending(table: PendingTable, q: number): Pending | undefined {
  return table.buckets[bucketOf(q)]!.find((entry) => entry.q === q);
}

/** The table with `entry` added or replaced. Pure. */
export function putPending(table: PendingTable, entry: Pending): PendingTable {
  const b = bucketOf(entry.q);
  const bucket = table.buckets[b]!;
  const index = bucket.findIndex((other) => other.q === entry.q);
  const next = bucket.slice();
  if (index >= 0) next[index] = entry;
  else next.push(entry);
  const buckets = table.buckets.slice();
  buckets[b] = next;
  return { buckets, size: table.size + (index >= 0 ? 0 : 1) };
}

/** The table without query `q`. Pure. */
export function dropPending(table: PendingTable, q: number): PendingTable {
  const b = bucketOf(q);
  const bucket = table.buckets[b]!;
  if (!bucket.some((entry) => entry.q === q)) return table;
  const buckets = table.buckets.slice();
  buckets[b] = bucket.filter((entry) => entry.q !== q);
  return { buckets, size: table.size - 1 };
}

/** Every pending query, oldest first. Pure. */
export function allPending(table: PendingTable): Pending[] {
  return table.buckets.flat().sort((a, b) => a.q - b.q);
}
