/**
 * The network model: latency per link, loss, duplication, and directional partitions.
 * A NetworkState is never mutated; every change returns a new one, so a renderer holding
 * the old state sees a consistent picture.
 *
 * Partitions are kept the way Maelstrom keeps them: for each receiver, the set of senders
 * whose messages it cannot receive. A one-way cut is then just an asymmetric entry.
 */
import type { NodeId } from './ids';
import type { LatencySpec } from './latency';
import type { Rng } from './rng';
import type { Micros } from './time';
import type { MessageBody } from './trace';

/**
 * Draws one message's delay from what the message is, for scenarios whose legs differ
 * (a write request and its acknowledgement, a message to a remote data centre). Pure
 * apart from advancing `rng`, so runs replay exactly.
 */
export type MessageDelay = (from: NodeId, to: NodeId, body: MessageBody, rng: Rng) => Micros;

export interface NetworkConfig {
  readonly latency: LatencySpec;
  /** Per-link overrides, keyed "from->to". */
  readonly links?: Readonly<Record<string, LatencySpec>>;
  /** When set, every message's delay comes from here instead of `latency` and `links`. */
  readonly delay?: MessageDelay;
  /** Probability that a message is lost in flight. */
  readonly loss: number;
  /** Probability that a message is delivered twice. */
  readonly duplicate: number;
}

export interface NetworkState extends NetworkConfig {
  /** receiver → senders it cannot hear from. */
  readonly blocked: Readonly<Record<NodeId, readonly NodeId[]>>;
  /** The groups of the last symmetric partition, for drawing; null when none was made. */
  readonly groups: readonly (readonly NodeId[])[] | null;
  /** Latency multipliers for slowed nodes (a latency spike), applied to messages from or to them. */
  readonly slow: Readonly<Record<NodeId, number>>;
}

/**
 * The shared "nothing cut" and "nothing slowed" tables. Every message asks whether its
 * link is cut or slowed; comparing with these first answers that without a lookup.
 */
const NO_BLOCKS: NetworkState['blocked'] = Object.freeze({});
const NO_SLOWDOWN: NetworkState['slow'] = Object.freeze({});

/** A fully connected network. Pure. */
export function createNetwork(config: NetworkConfig): NetworkState {
  return { ...config, blocked: NO_BLOCKS, groups: null, slow: NO_SLOWDOWN };
}

/** Whether a message from `from` to `to` is cut off. Pure. */
export function isBlocked(network: NetworkState, from: NodeId, to: NodeId): boolean {
  if (network.blocked === NO_BLOCKS) return false;
  const senders = network.blocked[to];
  return senders !== undefined && senders.includes(from);
}

/**
 * Splits the cluster into groups that cannot reach each other, in both directions.
 * Nodes that appear in no group form one more group together. Pure.
 */
export function partition(
  network: NetworkState,
  groups: readonly (readonly NodeId[])[],
  allNodes: readonly NodeId[],
): NetworkState {
  const listed = new Set(groups.flat());
  const rest = allNodes.filter((id) => !listed.has(id));
  const allGroups = rest.length > 0 ? [...groups, rest] : groups;
  const groupOf = new Map<NodeId, number>();
  allGroups.forEach((group, index) => group.forEach((id) => groupOf.set(id, index)));
  const blocked: Record<NodeId, NodeId[]> = {};
  for (const to of allNodes) {
    const senders = allNodes.filter((from) => groupOf.get(from) !== groupOf.get(to));
    if (senders.length > 0) blocked[to] = senders;
  }
  return { ...network, blocked, groups: allGroups.map((group) => [...group]) };
}

/** Cuts one direction only: `to` stops hearing `from`. Pure. */
export function blockLink(network: NetworkState, from: NodeId, to: NodeId): NetworkState {
  if (isBlocked(network, from, to)) return network;
  const senders = [...(network.blocked[to] ?? []), from];
  return { ...network, blocked: { ...network.blocked, [to]: senders } };
}

/** Restores every link. Pure. */
export function heal(network: NetworkState): NetworkState {
  return { ...network, blocked: NO_BLOCKS, groups: null };
}

/** Whether any link is cut. Pure. */
export function isPartitioned(network: NetworkState): boolean {
  return Object.keys(network.blocked).length > 0;
}

/** Sets a node's latency multiplier; 1 clears it. Pure. */
export function slowNode(network: NetworkState, node: NodeId, factor: number): NetworkState {
  const slow = { ...network.slow };
  if (factor === 1) delete slow[node];
  else slow[node] = factor;
  return { ...network, slow: Object.keys(slow).length === 0 ? NO_SLOWDOWN : slow };
}

/** The distribution a message on this link is drawn from. Pure. */
export function linkLatency(network: NetworkState, from: NodeId, to: NodeId): LatencySpec {
  return network.links?.[`${from}->${to}`] ?? network.latency;
}

/** The latency multiplier for a link, from any slowed endpoint. Pure. */
export function linkSlowdown(network: NetworkState, from: NodeId, to: NodeId): number {
  if (network.slow === NO_SLOWDOWN) return 1;
  return (network.slow[from] ?? 1) * (network.slow[to] ?? 1);
}
