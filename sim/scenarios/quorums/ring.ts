/**
 * Consistent hashing with virtual nodes (Karger et al. 1997; DeCandia et al. 2007,
 * "Dynamo", §4.2). Every node owns `vnodes` tokens on a 32-bit ring; a key hashes to a
 * point, and its preference list is the first N distinct nodes met walking clockwise
 * from there. Walking on past them gives the stand-ins a sloppy quorum borrows, in the
 * order Dynamo tries them (§4.6).
 *
 * Points are 32-bit FNV-1a (Fowler, Noll and Vo) passed through MurmurHash3's finaliser
 * (Appleby), so that names differing in one last character (n1#0, n1#1) land far apart
 * rather than side by side; placement is the same everywhere.
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

/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit half the time. Pure. */
export function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Where a name lands on the ring. Pure. */
export function ringPoint(name: string): number {
  return mix32(hash32(name));
}

/** Where a key sits on the ring. Pure. */
export function keyPoint(key: string): number {
  return ringPoint(`key:${key}`);
}

/** The tokens met walking clockwise from `point`, up to and including the `count`-th distinct node. Pure. */
export function tokensMet(ring: Ring, point: number, count: number): Token[] {
  const met: Token[] = [];
  const seen = new Set<NodeId>();
  const total = ring.tokens.length;
  const start = firstTokenAt(ring, point);
  for (let i = 0; i < total && seen.size < count; i++) {
    const token = ring.tokens[(start + i) % total]!;
    if (!seen.has(token.node)) {
      seen.add(token.node);
      met.push(token);
    }
  }
  return met;
}

/** The ring of these nodes, each with `vnodes` tokens. Pure. */
export function buildRing(nodes: readonly NodeId[], vnodes: number): Ring {
  const tokens: Token[] = [];
  for (const node of nodes)
    for (let v = 0; v < vnodes; v++) tokens.push({ point: ringPoint(`${node}#${v}`), node });
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
  return tokensMet(ring, point, ring.nodes.length).map((token) => token.node);
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
