/**
 * The state of an AP replica, and its messages. A replica keeps a store per conflict
 * strategy (only one is used in a given mode) and, for siblings, each client's causal
 * context: the clock of what that client last read or wrote here.
 *
 * The context lives on the replica, keyed by client, rather than travelling with the
 * operation as Riak's opaque context does: a client here is just a row in the command
 * log, and keeping it on the replica lets a person type "write x 3" without copying a
 * clock. The client is `op.client` when an operation names one, else the client beside
 * this node (client i sits beside node n_i, and the workload only pairs them that way).
 * Contexts are volatile: after a restart, a client's next write is concurrent with
 * everything it had read.
 */
import type { LwwVersion } from './lww';
import type { Sibling, VectorClock } from './siblings';

export interface ApState {
  /** Durable: the LWW store. */
  readonly lww: Readonly<Record<string, LwwVersion>>;
  /** Durable: the sibling store. */
  readonly siblings: Readonly<Record<string, readonly Sibling[]>>;
  /** Volatile: causal context per client, then per key. */
  readonly sessions: Readonly<Record<string, Readonly<Record<string, VectorClock>>>>;
  /** Volatile: gossip rounds so far, which picks the next peer round-robin. */
  readonly gossipRound: number;
}

/** A replica's state on boot, from what it kept on disk. Pure. */
export function initialAp(durable?: Pick<ApState, 'lww' | 'siblings'>): ApState {
  return {
    lww: durable?.lww ?? {},
    siblings: durable?.siblings ?? {},
    sessions: {},
    gossipRound: 0,
  };
}

/** Sent to every peer right after a write: the key's new version(s). */
export type ReplicateBody = {
  readonly type: 'replicate';
  readonly key: string;
  readonly lww?: LwwVersion;
  readonly siblings?: readonly Sibling[];
};

/** Anti-entropy: a replica's whole store, pushed to one peer; answered with `gossipOk`
 * (the merged store) only when the sender lacked something. */
export type GossipBody = {
  readonly type: 'gossip' | 'gossipOk';
  readonly lww: Readonly<Record<string, LwwVersion>>;
  readonly siblings: Readonly<Record<string, readonly Sibling[]>>;
};

export type ApBody = ReplicateBody | GossipBody;

/** Whether a store holds nothing yet. Pure. */
export function isEmptyStore(ap: Pick<ApState, 'lww' | 'siblings'>): boolean {
  return Object.keys(ap.lww).length === 0 && Object.keys(ap.siblings).length === 0;
}
