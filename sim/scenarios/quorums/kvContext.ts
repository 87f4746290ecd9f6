/**
 * Building a node's state from its input, and the configuration it reads from the
 * parameters. Out-of-range combinations (N > M, R > N) are clamped here so that any
 * parameters run safely; the CLI and the URL report them (checkQuorumParams).
 */
import { nodeIds, nodeIndex } from '@/sim/core/ids';
import type { NodeInput } from '@/sim/core/node';
import type { ParamValues } from '@/sim/core/params';
import type { KvConfig, KvContext, KvDurable } from './kvTypes';
import { buildRing, type Ring } from './ring';

/** The configuration the parameters give, clamped to what M nodes allow. Pure. */
export function configOf(params: ParamValues): KvConfig {
  const m = Number(params.nodes);
  const n = Math.min(Number(params.n), m);
  return {
    n,
    r: Math.min(Number(params.r), n),
    w: Math.min(Number(params.w), n),
    sloppy: params.quorum === 'sloppy',
    readRepair: params.readRepair !== 'off',
    antiEntropy: params.antiEntropy !== 'off',
    aeInterval: Number(params.aeInterval),
    timeout: Number(params.timeout),
  };
}

const rings = new Map<string, Ring>();

/** The ring of M nodes with this many tokens each; built once per shape. Pure (memoised). */
export function ringOf(params: ParamValues): Ring {
  const m = Number(params.nodes);
  const vnodes = Number(params.vnodes);
  const id = `${m}/${vnodes}`;
  let ring = rings.get(id);
  if (!ring) {
    ring = buildRing(nodeIds(m), vnodes);
    rings.set(id, ring);
  }
  return ring;
}

/** A node's state at boot: its disk if it had one, nothing else. Pure. */
export function initialContext(input: NodeInput): KvContext {
  const durable = input.durable as KvDurable | undefined;
  return {
    id: input.id,
    position: nodeIndex(input.id),
    ring: ringOf(input.params),
    config: configOf(input.params),
    store: durable?.store ?? {},
    hints: durable?.hints ?? {},
    sessions: {},
    ops: {},
    nextOp: 1,
    counter: durable?.counter ?? 0,
    suspects: {},
    aeTurn: 0,
    ae: { rounds: 0, compared: 0, last: null },
    repairsSent: 0,
    handoffsDelivered: 0,
    params: input.params,
  };
}

/** What a node keeps across a crash. Pure. */
export function durableOf(context: unknown): KvDurable | undefined {
  const kv = context as KvContext | undefined;
  return kv ? { counter: kv.counter, store: kv.store, hints: kv.hints } : undefined;
}
