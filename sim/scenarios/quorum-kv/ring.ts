/**
 * Consistent hashing with virtual nodes (Karger et al. 1997; DeCandia et al. 2007,
 * "Dynamo", §4.2). Every node owns `vnodes` tokens on a 32-bit ring; a key hashes to a
 * point, and its preference list is the first N distinct nodes met walking clockwise
 * from there. Walking on past them gives the stand-ins a sloppy quorum borrows, in the
 * order Dynamo tries them (§4.6).
 *
 * The hash is 32-bit FNV-1a (Fowler, Noll and Vo), so placement is the same everywhere.
 */
import type { NodeId } from '@/sim/core/ids';

export interface Token {
  readonly point: number;
  readonly node: NodeId;
}

export interface Ring {
  /** Tokens sorted by point, ties by node id. */
  readonly tokens: readonly Token[];
  readonly nodes: readonly NodeId[];
}

/** 32-bit FNV-1a of a string, unsigned. Pure. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Where a key sits on the ring. Pure. */
export function keyPoint(key: string): number {
  return hash32(`key:${key}`);
}

/** The ring of these nodes, each with `vnodes` tokens. Pure. */
export function buildRing(nodes: readonly NodeId[], vnodes: number): Ring {
  const tokens: Token[] = [];
  for (const node of nodes)
    for (let v = 0; v < vnodes; v++) tokens.push({ point: hash32(`${node}#${v}`), node });
  tokens.sort((a, b) => a.point - b.point || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return { tokens, nodes: [...nodes] };
}

/** Index of the first token at or after `point`, wrapping to 0. Pure. */
function firstTokenAt(ring: Ring, point: number): number {
  let lo = 0;
  let hi = ring.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ring.tokens[mid]!.point < point) lo = mid + 1;
    else hi = mid;
  }
  return lo === ring.tokens.length ? 0 : lo;
}

/** Every node once, in the order met walking clockwise from `point`. Pure. */
export function walkFrom(ring: Ring, point: number): NodeId[] {
  const seen: NodeId[] = [];
  const count = ring.tokens.length;
  const start = firstTokenAt(ring, point);
  for (let i = 0; i < count && seen.length < ring.nodes.length; i++) {
    const node = ring.tokens[(start + i) % count]!.node;
    if (!seen.includes(node)) seen.push(node);
  }
  return seen;
}

/** The key's N replicas, then every other node in the order a sloppy quorum borrows them. Pure. */
export function placement(
  ring: Ring,
  key: string,
  n: number,
): { readonly replicas: NodeId[]; readonly standIns: NodeId[] } {
  const order = walkFrom(ring, keyPoint(key));
  return { replicas: order.slice(0, n), standIns: order.slice(n) };
}

/** The key's N replicas, its preference list. Pure. */
export function preferenceList(ring: Ring, key: string, n: number): NodeId[] {
  return placement(ring, key, n).replicas;
}

/** Each node's share of the ring (fraction of points it holds first), for views. Pure. */
export function ownership(ring: Ring): Record<NodeId, number> {
  const share: Record<NodeId, number> = Object.fromEntries(ring.nodes.map((node) => [node, 0]));
  const tokens = ring.tokens;
  tokens.forEach((token, i) => {
    const previous = tokens[(i - 1 + tokens.length) % tokens.length]!.point;
    const arc = (token.point - previous + 2 ** 32) % 2 ** 32 || (tokens.length === 1 ? 2 ** 32 : 0);
    share[token.node] = (share[token.node] ?? 0) + arc / 2 ** 32;
  });
  return share;
}
