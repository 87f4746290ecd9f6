/**
 * The shared vocabulary of `quorums`: a node's configuration and state, the messages
 * nodes exchange, the requests a coordinator keeps open, and the `Step` every pure
 * handler returns. Any node coordinates: it sends a write to the key's N replicas and
 * answers once W acknowledge, a read once R answer (DeCandia et al. 2007, "Dynamo", §4.5).
 */
import type { VectorClock } from '@/sim/checkers/causality/vectorClocks';
import type { NodeId } from '@/sim/core/ids';
import type { Effect } from '@/sim/core/node';
import type { ParamValues } from '@/sim/core/params';
import type { Micros } from '@/sim/core/time';
import type { Ring } from './ring';
import type { Versions } from './versions';

export interface KvConfig {
  readonly n: number;
  readonly r: number;
  readonly w: number;
  readonly sloppy: boolean;
  readonly readRepair: boolean;
  readonly antiEntropy: boolean;
  readonly aeInterval: Micros;
  readonly timeout: Micros;
}

/** Key → the versions held. */
export type Store = Readonly<Record<string, Versions>>;

export interface WriteOp {
  readonly kind: 'write';
  readonly request: number;
  readonly key: string;
  readonly versions: Versions;
  /** Nodes asked, each with the replica it stands in for (itself when it is one). */
  readonly asked: Readonly<Record<NodeId, NodeId>>;
  readonly answered: readonly NodeId[];
  readonly replied: boolean;
}

export interface ReadOp {
  readonly kind: 'read';
  readonly request: number;
  readonly key: string;
  readonly asked: Readonly<Record<NodeId, NodeId>>;
  /** What each answering node held. */
  readonly answers: Readonly<Record<NodeId, Versions>>;
  readonly answered: readonly NodeId[];
  readonly replied: boolean;
}

export type Op = WriteOp | ReadOp;

export interface AntiEntropyStats {
  /** Exchanges this node took part in. */
  readonly rounds: number;
  /** Merkle tree nodes compared, in all of them. */
  readonly compared: number;
  /** The last exchange: with whom, how many tree nodes, how many key ranges differed. */
  readonly last: {
    readonly peer: NodeId;
    readonly compared: number;
    readonly differing: number;
  } | null;
}

export interface KvContext {
  readonly id: NodeId;
  /** 0-based position, this node's entry in vector clocks. */
  readonly position: number;
  readonly ring: Ring;
  readonly config: KvConfig;
  readonly store: Store;
  /** Versions held for an unreachable replica: intended replica → key → versions. */
  readonly hints: Readonly<Record<NodeId, Store>>;
  /** Per key, the causal context the client beside this node has seen. */
  readonly sessions: Readonly<Record<string, VectorClock>>;
  readonly ops: Readonly<Record<string, Op>>;
  readonly nextOp: number;
  /** The highest entry this node has written in its own place of a vector clock. */
  readonly counter: number;
  /** Nodes that missed a deadline, believed unreachable until the time given. */
  readonly suspects: Readonly<Record<NodeId, Micros>>;
  readonly aeTurn: number;
  readonly ae: AntiEntropyStats;
  readonly repairsSent: number;
  readonly handoffsDelivered: number;
  /** The parameters the node booted with, for the ones read on demand. */
  readonly params: ParamValues;
}

/** What survives a crash: the disk (store and hints) and the vector-clock counter. */
export interface KvDurable {
  readonly counter: number;
  readonly store: Store;
  readonly hints: Readonly<Record<NodeId, Store>>;
}

export type KvMessage =
  | {
      readonly type: 'put';
      readonly op: string;
      readonly key: string;
      readonly versions: Versions;
      /** Set when the receiver stands in for this replica (a sloppy quorum's hint). */
      readonly hint?: NodeId;
    }
  | { readonly type: 'putOk'; readonly op: string }
  | { readonly type: 'get'; readonly op: string; readonly key: string }
  | {
      readonly type: 'getOk';
      readonly op: string;
      readonly key: string;
      readonly versions: Versions;
    }
  | { readonly type: 'repair'; readonly key: string; readonly versions: Versions }
  | { readonly type: 'handoff'; readonly key: string; readonly versions: Versions }
  | { readonly type: 'handoffOk'; readonly key: string; readonly versions: Versions }
  | { readonly type: 'aeTree'; readonly hashes: readonly number[] }
  | {
      readonly type: 'aeDiff';
      readonly leaves: readonly number[];
      readonly compared: number;
      readonly store: Store;
    }
  | { readonly type: 'aeData'; readonly store: Store };

export type KvMessageType = KvMessage['type'];

/** What a pure handler returns: the next context and the effects to emit, in order. */
export interface Step {
  readonly context: KvContext;
  readonly effects: readonly Effect[];
}

/** A step that changes nothing. Pure. */
export function stay(context: KvContext, effects: readonly Effect[] = []): Step {
  return { context, effects };
}

/** Runs `next` on the context `first` left, keeping both steps' effects in order. Pure. */
export function chain(first: Step, next: (context: KvContext) => Step): Step {
  const second = next(first.context);
  return { context: second.context, effects: [...first.effects, ...second.effects] };
}
