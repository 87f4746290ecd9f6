/**
 * Siblings under vector clocks (DeCandia et al. 2007, "Dynamo: Amazon's Highly Available
 * Key-value Store", §4.4; Basho, "Causal Context" and "Conflict Resolution" in the Riak
 * KV docs). Every stored value carries a vector clock. A write says which versions its
 * client had seen (the causal context of its last read); the new clock descends from
 * those, so it replaces them, while versions the client had not seen stay beside it as
 * siblings. Replicas merge by keeping every version no other version descends from, so
 * concurrent writes are never lost, but a read may return several values.
 *
 * Clocks are arrays indexed by node position, as in sim/checkers/causality, whose
 * comparison we reuse. The coordinator's counter is bumped past every counter it has
 * stored, so two writes it coordinates never share a clock.
 */
import { compareVectorClocks, type VectorClock } from '@/sim/checkers/causality/vectorClocks';
import type { ReadValue } from './registerOps';
import { ownValue } from '@/sim/core/own';

export type { VectorClock };

export interface Sibling {
  readonly value: number;
  readonly clock: VectorClock;
}

/** The entrywise maximum of some clocks: what a reader of all of them has seen. Pure. */
export function joinClocks(clocks: readonly VectorClock[]): VectorClock {
  const length = Math.max(0, ...clocks.map((clock) => clock.length));
  return Array.from({ length }, (_, i) => Math.max(0, ...clocks.map((clock) => clock[i] ?? 0)));
}

/** Every version that no other version descends from, each clock once, sorted. Pure. */
export function mergeSiblings(a: readonly Sibling[], b: readonly Sibling[]): Sibling[] {
  const all = [...a, ...b];
  const kept: Sibling[] = [];
  for (const version of all) {
    const dominated = all.some(
      (other) => compareVectorClocks(version.clock, other.clock) === 'before',
    );
    const duplicate = kept.some(
      (other) => compareVectorClocks(version.clock, other.clock) === 'equal',
    );
    if (!dominated && !duplicate) kept.push(version);
  }
  return kept.sort((x, y) => x.value - y.value || compareClockText(x.clock, y.clock));
}

function compareClockText(a: VectorClock, b: VectorClock): number {
  const x = a.join(',');
  const y = b.join(',');
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A write of `value` at the node in position `position`, by a client whose causal
 * context is `seen`. Returns the new sibling set and the new version's clock. Pure.
 */
export function writeSibling(
  stored: readonly Sibling[],
  seen: VectorClock,
  position: number,
  value: number,
): { readonly siblings: Sibling[]; readonly clock: VectorClock } {
  const counter = Math.max(seen[position] ?? 0, ...stored.map((s) => s.clock[position] ?? 0)) + 1;
  const length = Math.max(seen.length, position + 1);
  const clock = Array.from({ length }, (_, i) => (i === position ? counter : (seen[i] ?? 0)));
  const survivors = stored.filter(
    (version) => compareVectorClocks(version.clock, clock) !== 'before',
  );
  return { siblings: mergeSiblings(survivors, [{ value, clock }]), clock };
}

/** What a read returns: null, the one value, or every sibling value, sorted. Pure. */
export function readSiblings(siblings: readonly Sibling[]): ReadValue {
  const values = [...new Set(siblings.map((sibling) => sibling.value))].sort((a, b) => a - b);
  if (values.length === 0) return null;
  if (values.length === 1) return values[0]!;
  return values;
}

/** Whether two sibling sets hold the same versions. Pure. */
export function sameSiblings(a: readonly Sibling[], b: readonly Sibling[]): boolean {
  return (
    a.length === b.length &&
    a.every((x) => b.some((y) => compareVectorClocks(x.clock, y.clock) === 'equal'))
  );
}

/** Merges two sibling stores key by key. Pure. */
export function mergeSiblingStores(
  mine: Readonly<Record<string, readonly Sibling[]>>,
  theirs: Readonly<Record<string, readonly Sibling[]>>,
): Record<string, readonly Sibling[]> {
  const merged: Record<string, readonly Sibling[]> = { ...mine };
  for (const key of Object.keys(theirs).sort())
    merged[key] = mergeSiblings(ownValue(merged, key) ?? [], theirs[key]!);
  return merged;
}

/** Whether two sibling stores hold the same versions. Pure. */
export function sameSiblingStores(
  a: Readonly<Record<string, readonly Sibling[]>>,
  b: Readonly<Record<string, readonly Sibling[]>>,
): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const theirs = ownValue(b, key);
    return theirs !== undefined && sameSiblings(a[key]!, theirs);
  });
}
