/**
 * Anti-entropy between replicas (DeCandia et al. 2007, §4.7). Every interval a node
 * sends the next peer in turn the Merkle tree of the keys both replicate; the peer
 * compares, and for the ranges that differ each side sends the other its versions. The
 * tree nodes compared are counted on both sides, for the inspector and the narration.
 */
import type { NodeId } from '@/sim/core/ids';
import { effects } from '@/sim/core/node';
import { stay, type KvContext, type KvMessage, type Step, type Store } from './kvTypes';
import { buildTree, compareTrees, storeInLeaves } from './merkle';
import { mergeStores } from './replica';
import { preferenceList } from './ring';

type Body<T extends KvMessage['type']> = Extract<KvMessage, { type: T }>;

/** The keys this node stores that `peer` replicates too. Pure. */
export function sharedWith(context: KvContext, peer: NodeId): Store {
  const shared: Record<string, Store[string]> = {};
  for (const key of Object.keys(context.store).sort())
    if (preferenceList(context.ring, key, context.config.n).includes(peer))
      shared[key] = context.store[key]!;
  return shared;
}

function record(context: KvContext, peer: NodeId, compared: number, differing: number): KvContext {
  const ae = context.ae;
  return {
    ...context,
    ae: {
      rounds: ae.rounds + 1,
      compared: ae.compared + compared,
      last: { peer, compared, differing },
    },
  };
}

/** The anti-entropy timer fired: send the next peer our tree, then re-arm. Pure. */
export function onAntiEntropyTimer(context: KvContext): Step {
  const timer = effects.setTimer('antiEntropy', context.config.aeInterval);
  if (!context.config.antiEntropy) return stay(context, [timer]);
  const peers = context.ring.nodes.filter((node) => node !== context.id);
  const peer = peers[context.aeTurn % peers.length];
  const next = { ...context, aeTurn: context.aeTurn + 1 };
  if (peer === undefined) return stay(next, [timer]);
  const hashes = buildTree(sharedWith(context, peer));
  return stay(next, [timer, effects.send(peer, { type: 'aeTree', hashes })]);
}

/** A peer's tree: compare, and if ranges differ send ours for them. Pure. */
export function onAeTree(context: KvContext, from: NodeId, body: Body<'aeTree'>): Step {
  const mine = sharedWith(context, from);
  const { compared, leaves } = compareTrees(buildTree(mine), body.hashes);
  const next = record(context, from, compared, leaves.length);
  if (leaves.length === 0) return stay(next);
  const store = storeInLeaves(mine, leaves);
  return stay(next, [effects.send(from, { type: 'aeDiff', leaves, compared, store })]);
}

/** The peer found differing ranges: merge its versions, send ours back. Pure. */
export function onAeDiff(context: KvContext, from: NodeId, body: Body<'aeDiff'>): Step {
  const mine = storeInLeaves(sharedWith(context, from), body.leaves);
  const next = record(
    { ...context, store: mergeStores(context.store, body.store) },
    from,
    body.compared,
    body.leaves.length,
  );
  const ranges =
    body.leaves.length === 1 ? '1 key range differed' : `${body.leaves.length} key ranges differed`;
  const text = `${context.id} and ${from} compared ${body.compared} Merkle tree nodes: ${ranges}`;
  return stay(next, [
    effects.send(from, { type: 'aeData', store: mine }),
    effects.note('anti-entropy', text, from),
  ]);
}

/** The initiator's versions for the differing ranges. Pure. */
export function onAeData(context: KvContext, body: Body<'aeData'>): Step {
  return stay({ ...context, store: mergeStores(context.store, body.store) });
}
