/**
 * The AP replica: any live replica answers every read and write at once, from its own
 * copy, and tells its peers afterwards. That is the A of CAP (Gilbert & Lynch 2002): no
 * request to a live replica is refused, so during a partition the two sides diverge, and
 * a read may return a value older than a write acknowledged on the other side.
 *
 * Replication is asynchronous: a write is pushed to every peer once (lost if the link
 * is cut), and anti-entropy repairs what was missed: every gossip interval a replica
 * pushes its whole store to the next peer in turn, which merges it and pushes back what
 * the sender lacked (push-pull; Dynamo, DeCandia et al. 2007, §4.7, uses Merkle trees to
 * find the differences; here stores are tiny, so they travel whole). Merging is
 * deterministic and order-insensitive, so all replicas that have heard the same writes
 * hold the same store: after a heal they converge.
 */
import type { ClientOp } from '@/sim/core/commands';
import type { NodeId } from '@/sim/core/ids';
import { nodeIndex } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import { describeTime, type Micros } from '@/sim/core/time';
import { isEmptyStore, type GossipBody, type ReplicateBody } from './apState';
import { beats, mergeLwwStores, sameLwwStores, type LwwVersion } from './lww';
import {
  joinClocks,
  mergeSiblingStores,
  readSiblings,
  sameSiblingStores,
  writeSibling,
} from './siblings';
import {
  behaviourOf,
  stay,
  withAp,
  type RegisterContext,
  type RegisterOp,
  type Step,
} from './registerTypes';
import { ownValue } from '@/sim/core/own';

/** The client whose causal context a request uses (see apState.ts). Pure. */
export function sessionClient(op: ClientOp, node: NodeId): string {
  const named = (op as { readonly client?: unknown }).client;
  // Client i sits beside node n_i (sim/core/workload.ts, clientOf).
  return String(typeof named === 'number' ? named : nodeIndex(node) + 1);
}

function toPeers(context: RegisterContext, body: ReplicateBody): Effect[] {
  return context.peers.map((peer) => effects.send(peer, body));
}

function lwwRequest(context: RegisterContext, request: number, op: RegisterOp, at: Micros): Step {
  const current = ownValue(context.ap.lww, op.key);
  if (op.f === 'read') return stay(context, [effects.reply(request, 'ok', current?.value ?? null)]);
  const version: LwwVersion = {
    value: op.value,
    stamp: at + context.clockOffset,
    node: context.id,
  };
  const ack = effects.reply(request, 'ok');
  if (current !== undefined && !beats(version, current)) {
    // Acknowledged, yet already lost: a version with a later stamp is here.
    const text = `${context.id} acknowledged write ${op.key}=${op.value} but keeps ${op.key}=${current.value}: its clock reads ${describeTime(version.stamp)}, ${op.key}=${current.value} is stamped ${describeTime(current.stamp)}`;
    return stay(context, [ack, effects.note('lww-lost', text)]);
  }
  const next = withAp(context, { lww: { ...context.ap.lww, [op.key]: version } });
  return stay(next, [ack, ...toPeers(next, { type: 'replicate', key: op.key, lww: version })]);
}

function siblingRequest(
  context: RegisterContext,
  request: number,
  op: RegisterOp,
  client: string,
): Step {
  const ap = context.ap;
  const stored = ownValue(ap.siblings, op.key) ?? [];
  const session = ownValue(ap.sessions, client) ?? {};
  const remember = (clock: readonly number[]) => ({
    ...ap.sessions,
    [client]: { ...session, [op.key]: clock },
  });
  if (op.f === 'read') {
    const seen = joinClocks(stored.map((sibling) => sibling.clock));
    const next = withAp(context, { sessions: remember(seen) });
    return stay(next, [effects.reply(request, 'ok', readSiblings(stored))]);
  }
  const written = writeSibling(
    stored,
    ownValue(session, op.key) ?? [],
    nodeIndex(context.id),
    op.value,
  );
  const next = withAp(context, {
    siblings: { ...ap.siblings, [op.key]: written.siblings },
    sessions: remember(written.clock),
  });
  const body: ReplicateBody = { type: 'replicate', key: op.key, siblings: written.siblings };
  return stay(next, [effects.reply(request, 'ok'), ...toPeers(next, body)]);
}

/** A client asks for `op` on an AP key: answered now, whatever the network. Pure. */
export function onApRequest(
  context: RegisterContext,
  request: number,
  op: RegisterOp,
  at: Micros,
  client: string,
): Step {
  return behaviourOf(context.mode, op.key) === 'siblings'
    ? siblingRequest(context, request, op, client)
    : lwwRequest(context, request, op, at);
}

/** A peer's fresh write arrives. Pure. */
export function onReplicate(context: RegisterContext, body: ReplicateBody): Step {
  const ap = context.ap;
  const lww = body.lww ? mergeLwwStores(ap.lww, { [body.key]: body.lww }) : ap.lww;
  const siblings = body.siblings
    ? mergeSiblingStores(ap.siblings, { [body.key]: body.siblings })
    : ap.siblings;
  return stay(withAp(context, { lww, siblings }));
}

/** The gossip timer fired: push the store to the next peer in turn, then re-arm. Pure. */
export function onGossipTimer(context: RegisterContext): Step {
  const ap = context.ap;
  const timer = effects.setTimer('gossip', context.timing.gossip);
  const peer = context.peers[ap.gossipRound % context.peers.length];
  const next = withAp(context, { gossipRound: ap.gossipRound + 1 });
  if (peer === undefined || isEmptyStore(ap)) return stay(next, [timer]);
  const body: GossipBody = { type: 'gossip', lww: ap.lww, siblings: ap.siblings };
  return stay(next, [timer, effects.send(peer, body)]);
}

/** Merges a peer's store; answers a `gossip` with what the peer lacked. Pure. */
export function onGossip(context: RegisterContext, from: NodeId, body: GossipBody): Step {
  const lww = mergeLwwStores(context.ap.lww, body.lww);
  const siblings = mergeSiblingStores(context.ap.siblings, body.siblings);
  const next = withAp(context, { lww, siblings });
  const peerLacks = !sameLwwStores(lww, body.lww) || !sameSiblingStores(siblings, body.siblings);
  if (body.type === 'gossipOk' || !peerLacks) return stay(next);
  return stay(next, [effects.send(from, { type: 'gossipOk', lww, siblings })]);
}
