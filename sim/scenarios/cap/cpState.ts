/**
 * The state of the CP (Raft-lite) register and pure helpers over its log. Field names
 * follow Figure 2 of Ongaro & Ousterhout 2014 ("In Search of an Understandable Consensus
 * Algorithm"): `term`, `votedFor` and `log` are persistent (they survive a crash, so a
 * node never votes twice in a term nor forgets an entry it acknowledged); everything
 * else is volatile and rebuilt from the leader after a restart.
 *
 * Log indices start at 1, as in the paper; index 0 is the empty prefix with term 0.
 */
import type { NodeId } from '@/sim/core/ids';
import type { Micros } from '@/sim/core/time';
import type { RegisterOp } from './registerOps';

export type CpRole = 'follower' | 'candidate' | 'leader';

/** A log entry: a write of `value` to `key`, or (key null) the no-op a new leader appends. */
export interface LogEntry {
  readonly term: number;
  readonly key: string | null;
  readonly value: number | null;
}

/** A write the leader appended and will answer once it commits. */
export interface WaitingWrite {
  readonly index: number;
  /** The node whose client asked; the answer goes back through it. */
  readonly origin: NodeId;
  readonly request: number;
}

/** A linearizable read waiting for a heartbeat round to confirm leadership (ReadIndex). */
export interface WaitingRead {
  readonly key: string;
  /** The heartbeat round that must be acknowledged by a majority. */
  readonly round: number;
  /** The commit index when the read arrived; the answer reflects at least this. */
  readonly readIndex: number;
  readonly origin: NodeId;
  readonly request: number;
}

/** A client request this node passed to the leader and still owes its client an answer for. */
export interface Forwarded {
  readonly request: number;
  readonly op: RegisterOp;
  readonly to: NodeId;
  readonly at: Micros;
}

export interface CpState {
  readonly role: CpRole;
  // Persistent.
  readonly term: number;
  readonly votedFor: NodeId | null;
  readonly log: readonly LogEntry[];
  // Volatile, every role.
  readonly commitIndex: number;
  /** The leader of `term`, once heard from. */
  readonly leader: NodeId | null;
  readonly forwarded: readonly Forwarded[];
  /** When this node last heard from a leader of its term; null if not since boot. */
  readonly leaderHeardAt: Micros | null;
  // Volatile, candidate.
  /** Whether the candidate is still polling (PreVote) rather than standing for election. */
  readonly preVote: boolean;
  readonly votes: readonly NodeId[];
  // Volatile, leader.
  readonly nextIndex: Readonly<Record<NodeId, number>>;
  readonly matchIndex: Readonly<Record<NodeId, number>>;
  /** Heartbeat rounds sent, and the latest round each peer acknowledged in this term. */
  readonly round: number;
  readonly ackedRound: Readonly<Record<NodeId, number>>;
  /** Peers that answered since the last quorum check. */
  readonly heardSinceCheck: readonly NodeId[];
  readonly writes: readonly WaitingWrite[];
  readonly reads: readonly WaitingRead[];
}

/** Forwarded requests kept at most; older ones are long past any client timeout. */
export const FORWARDED_MAX = 64;

/** A follower's state on boot, from what it kept on disk. Pure. */
export function initialCp(durable?: Pick<CpState, 'term' | 'votedFor' | 'log'>): CpState {
  return {
    role: 'follower',
    term: durable?.term ?? 0,
    votedFor: durable?.votedFor ?? null,
    log: durable?.log ?? [],
    commitIndex: 0,
    leader: null,
    forwarded: [],
    leaderHeardAt: null,
    preVote: false,
    votes: [],
    nextIndex: {},
    matchIndex: {},
    round: 0,
    ackedRound: {},
    heardSinceCheck: [],
    writes: [],
    reads: [],
  };
}

/** Index of the last entry (0 for an empty log). Pure. */
export function lastIndex(log: readonly LogEntry[]): number {
  return log.length;
}

/** Term of the entry at `index`; 0 for index 0; -1 past the end. Pure. */
export function termAt(log: readonly LogEntry[], index: number): number {
  if (index === 0) return 0;
  return log[index - 1]?.term ?? -1;
}

/** The register's value for `key` after applying entries 1..`upTo`. Pure. */
export function valueAt(log: readonly LogEntry[], upTo: number, key: string): number | null {
  for (let index = Math.min(upTo, log.length); index >= 1; index--) {
    const entry = log[index - 1]!;
    if (entry.key === key) return entry.value;
  }
  return null;
}

/**
 * Whether a candidate whose log ends at (`index`, `term`) is at least as up to date as
 * `log`: the election restriction of §5.4.1, which keeps every committed entry in the
 * log of every future leader. Pure.
 */
export function isUpToDate(log: readonly LogEntry[], index: number, term: number): boolean {
  const myTerm = termAt(log, lastIndex(log));
  return term > myTerm || (term === myTerm && index >= lastIndex(log));
}

/**
 * The highest index a majority stores, if it is from the current term; otherwise the
 * old commit index. Only current-term entries are committed by counting (§5.4.2, Figure 8:
 * an old-term entry on a majority can still be overwritten). Pure.
 */
export function majorityIndex(cp: CpState, peers: readonly NodeId[], majority: number): number {
  const stored = [lastIndex(cp.log), ...peers.map((peer) => cp.matchIndex[peer] ?? 0)];
  stored.sort((a, b) => b - a);
  const candidate = stored[majority - 1] ?? 0;
  if (candidate > cp.commitIndex && termAt(cp.log, candidate) === cp.term) return candidate;
  return cp.commitIndex;
}
