/**
 * Versions of a key under vector clocks, as Dynamo keeps them (DeCandia et al. 2007,
 * §4.4): a replica stores every version that no other version it holds descends from,
 * so concurrent writes survive side by side as siblings. The sibling arithmetic is the
 * one the CAP register uses (../cap/siblings.ts); this file adds what a quorum
 * coordinator needs on top: making a new version, and telling a stale set from a fresh one.
 */
import { compareVectorClocks, type VectorClock } from '@/sim/checkers/causality/vectorClocks';
import {
  joinClocks,
  mergeSiblings,
  readSiblings,
  sameSiblings,
  writeSibling,
  type Sibling,
} from '../cap/siblings';

export type Version = Sibling;
export type Versions = readonly Version[];
export { joinClocks, mergeSiblings, readSiblings, sameSiblings };

/**
 * The version a coordinator at `position` makes for a write of `value`. Its clock
 * descends from what the coordinator holds (`local`) and what the client had seen
 * (`session`), so it replaces those; anything else stays beside it as a sibling. Its own
 * entry goes past `counter`, the highest this coordinator has ever used, so no two of its
 * writes share a clock even when a stale read left the client's context behind (two
 * writes with one clock would merge as one, and a replica would drop the second). Pure.
 */
export function newVersion(
  local: Versions,
  session: VectorClock,
  position: number,
  value: number,
  counter = 0,
): Version {
  const seen = joinClocks([session, ...local.map((version) => version.clock)]);
  const { clock } = writeSibling(local, seen, position, value);
  if ((clock[position] ?? 0) <= counter) {
    const bumped = [...clock];
    bumped[position] = counter + 1;
    return { value, clock: bumped };
  }
  return { value, clock };
}

/** Whether every version in `before` is in `after` or superseded by one there. Pure. */
export function keepsAll(after: Versions, before: Versions): boolean {
  return before.every((old) =>
    after.some((version) => {
      const order = compareVectorClocks(old.clock, version.clock);
      return order === 'equal' || order === 'before';
    }),
  );
}

/** Whether `have` lacks something in `newest` (so a read repair would change it). Pure. */
export function isBehind(have: Versions, newest: Versions): boolean {
  return !keepsAll(have, newest);
}

/** "k1=7", "k1=[3,7]" or "k1=∅". Pure. */
export function describeVersions(key: string, versions: Versions): string {
  const value = readSiblings(versions);
  if (value === null) return `${key}=∅`;
  return typeof value === 'number' ? `${key}=${value}` : `${key}=[${value.join(',')}]`;
}
