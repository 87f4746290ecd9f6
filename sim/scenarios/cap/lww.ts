/**
 * Last-write-wins (Riak's `last_write_wins`; Basho, "Conflict Resolution" in the Riak KV
 * docs): each write is stamped with the wall clock of the replica that took it, and on
 * conflict the higher stamp wins, ties broken by node id. Replicas converge, but a write
 * stamped by a slow clock loses to an earlier write stamped by a fast one, even though
 * both were acknowledged: the loser is silently discarded.
 *
 * Clock skew is modelled as a fixed offset per node, spread evenly over [−skew, +skew]
 * by position: n1 runs `skew` slow, the last node `skew` fast, and the middle node (of
 * an odd-sized cluster) keeps true time. Fixed and derived from the index, not drawn at
 * random, so a learner can predict which writes will lose: a write at n1 loses to any
 * write made up to 2·skew earlier at the last node.
 */
import { nodeIndex, type NodeId } from '@/sim/core/ids';
import type { Micros } from '@/sim/core/time';
import { ownValue } from '@/sim/core/own';

/** A value and its stamp: the writer's clock reading and the writer. */
export interface LwwVersion {
  readonly value: number;
  readonly stamp: Micros;
  readonly node: NodeId;
}

/** The clock offset of `node` in a cluster of `clusterSize` with skew bound `skew`. Pure. */
export function clockOffset(node: NodeId, clusterSize: number, skew: Micros): Micros {
  if (clusterSize < 2) return 0;
  const position = nodeIndex(node);
  return Math.round(-skew + (2 * skew * position) / (clusterSize - 1));
}

/** Whether `a` beats `b`: a higher stamp, or an equal stamp from a higher node id. Pure. */
export function beats(a: LwwVersion, b: LwwVersion): boolean {
  if (a.stamp !== b.stamp) return a.stamp > b.stamp;
  return nodeIndex(a.node) > nodeIndex(b.node);
}

/** The version a replica keeps when it holds `current` and hears of `incoming`. Pure. */
export function resolveLww(current: LwwVersion | undefined, incoming: LwwVersion): LwwVersion {
  return current === undefined || beats(incoming, current) ? incoming : current;
}

/** Merges two stores key by key. Pure. */
export function mergeLwwStores(
  mine: Readonly<Record<string, LwwVersion>>,
  theirs: Readonly<Record<string, LwwVersion>>,
): Record<string, LwwVersion> {
  const merged: Record<string, LwwVersion> = { ...mine };
  for (const key of Object.keys(theirs).sort())
    merged[key] = resolveLww(ownValue(merged, key), theirs[key]!);
  return merged;
}

/** Whether two stores hold the same versions. Pure. */
export function sameLwwStores(
  a: Readonly<Record<string, LwwVersion>>,
  b: Readonly<Record<string, LwwVersion>>,
): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key]!;
    const y = ownValue(b, key);
    return y !== undefined && x.stamp === y.stamp && x.node === y.node;
  });
}
