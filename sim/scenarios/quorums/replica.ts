/**
 * The replica side of every message: store a write (or hold it as a hint for the replica
 * it stands in for), answer a read from its store and its hints, merge a read repair,
 * and take a hinted handoff. Merging keeps every version no other descends from, so no
 * message can make a replica older (versions.ts, `keepsAll`).
 */
import type { NodeId } from '@/sim/core/ids';
import { effects } from '@/sim/core/node';
import { mergeSiblings, type Versions } from './versions';
import { stay, type KvContext, type KvMessage, type Step, type Store } from './kvTypes';

type Body<T extends KvMessage['type']> = Extract<KvMessage, { type: T }>;

/** The store with `versions` merged into `key`. Pure. */
export function mergeInto(store: Store, key: string, versions: Versions): Store {
  return { ...store, [key]: mergeSiblings(store[key] ?? [], versions) };
}

/** Merges every key of `incoming`. Pure. */
export function mergeStores(store: Store, incoming: Store): Store {
  let merged = store;
  for (const key of Object.keys(incoming).sort()) merged = mergeInto(merged, key, incoming[key]!);
  return merged;
}

/** What this node holds for `key`: its own versions and any it keeps as hints. Pure. */
export function heldVersions(context: KvContext, key: string): Versions {
  let held = context.store[key] ?? [];
  for (const intended of Object.keys(context.hints).sort()) {
    const hinted = context.hints[intended]![key];
    if (hinted) held = mergeSiblings(held, hinted);
  }
  return held;
}

/** A write arrives: store it, or keep it as a hint; acknowledge either way. Pure. */
export function onPut(context: KvContext, from: NodeId, body: Body<'put'>): Step {
  const ack = effects.send(from, { type: 'putOk', op: body.op });
  const intended = body.hint;
  if (intended === undefined || intended === context.id)
    return stay({ ...context, store: mergeInto(context.store, body.key, body.versions) }, [ack]);
  const hints = {
    ...context.hints,
    [intended]: mergeInto(context.hints[intended] ?? {}, body.key, body.versions),
  };
  const text = `${context.id} holds ${body.key} for ${intended}, with a hint to hand it back`;
  return stay({ ...context, hints }, [ack, effects.note('hint', text, intended)]);
}

/** A read request: answer with what this node holds. Pure. */
export function onGet(context: KvContext, from: NodeId, body: Body<'get'>): Step {
  const versions = heldVersions(context, body.key);
  return stay(context, [
    effects.send(from, { type: 'getOk', op: body.op, key: body.key, versions }),
  ]);
}

/** A read repair: merge the newer versions. Pure. */
export function onRepair(context: KvContext, body: Body<'repair'>): Step {
  return stay({ ...context, store: mergeInto(context.store, body.key, body.versions) });
}

/** A hinted handoff from a stand-in: merge, and say so, so it can drop the hint. Pure. */
export function onHandoff(context: KvContext, from: NodeId, body: Body<'handoff'>): Step {
  const next = { ...context, store: mergeInto(context.store, body.key, body.versions) };
  const reply = { type: 'handoffOk', key: body.key, versions: body.versions } as const;
  return stay(next, [effects.send(from, reply)]);
}
