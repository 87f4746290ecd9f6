/**
 * The shared vocabulary of the `cap` scenario: the consistency modes, which
 * behaviour owns a key, the client operations a replica accepts, and the `Step` that
 * every pure handler returns (the next context plus the effects to emit).
 *
 * CAP in one line (Gilbert & Lynch 2002, "Brewer's conjecture and the feasibility of
 * consistent, available, partition-tolerant web services", Theorem 1): while the network
 * is partitioned, a replicated read/write register cannot be both linearizable and
 * answer every request to a live replica. The modes pick a side, per key:
 * - `cp`: linearizable; a replica cut off from a majority refuses or times out (Raft, as
 *   in ZooKeeper, Hunt et al. 2010).
 * - `ap-lww`: always answers; conflicts resolved by last-write-wins on skewed clocks (Riak).
 * - `ap-siblings`: always answers; concurrent writes are kept as siblings under vector
 *   clocks (DeCandia et al. 2007, Dynamo §4.4).
 * - `mixed`: key `x` is CP and every other key is AP with LWW, as Riak 2 offers strongly
 *   consistent buckets beside eventually consistent ones.
 */
import { assertNever } from '@/sim/core/assertNever';
import type { NodeId } from '@/sim/core/ids';
import type { Effect } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import type { ApState } from './apState';
import type { CpState } from './cpState';
import type { Timing } from './timing';

export { describeOp, parseOp, type ReadValue, type RegisterOp } from './registerOps';

export type Mode = 'cp' | 'ap-lww' | 'ap-siblings' | 'mixed';
export const MODES: readonly Mode[] = ['cp', 'ap-lww', 'ap-siblings', 'mixed'];

/** How one key is replicated. */
export type Behaviour = 'cp' | 'lww' | 'siblings';

/** The key that stays CP in `mixed` mode. */
export const STRONG_KEY = 'x';

/** Which behaviour owns `key` under `mode`. Pure. */
export function behaviourOf(mode: Mode, key: string): Behaviour {
  switch (mode) {
    case 'cp':
      return 'cp';
    case 'ap-lww':
      return 'lww';
    case 'ap-siblings':
      return 'siblings';
    case 'mixed':
      return key === STRONG_KEY ? 'cp' : 'lww';
    default:
      return assertNever(mode);
  }
}

/** Whether any key runs Raft (so the node takes part in elections). Pure. */
export function runsConsensus(mode: Mode): boolean {
  return mode === 'cp' || mode === 'mixed';
}

/** Whether any key is replicated optimistically (so the node gossips). Pure. */
export function runsGossip(mode: Mode): boolean {
  return mode !== 'cp';
}

/** The smallest majority of `clusterSize` nodes. Pure. */
export function majorityOf(clusterSize: number): number {
  return Math.floor(clusterSize / 2) + 1;
}

/** A node's whole state. The `cp` part is idle in AP modes, and `ap` in `cp` mode. */
export interface RegisterContext {
  readonly id: NodeId;
  readonly peers: readonly NodeId[];
  readonly mode: Mode;
  readonly timing: Timing;
  /** This node's fixed clock error, added to virtual time to stamp LWW writes. */
  readonly clockOffset: Micros;
  readonly cp: CpState;
  readonly ap: ApState;
}

/** What a node keeps across a crash: Raft's term, vote and log, and the AP store. */
export interface RegisterDurable {
  readonly cp: Pick<CpState, 'term' | 'votedFor' | 'log'>;
  readonly ap: Pick<ApState, 'lww' | 'siblings'>;
}

/** What a pure handler returns: the next context and the effects to emit, in order. */
export interface Step {
  readonly context: RegisterContext;
  readonly effects: readonly Effect[];
}

/** A step that changes nothing. Pure. */
export function stay(context: RegisterContext, effects: readonly Effect[] = []): Step {
  return { context, effects };
}

/** Runs `next` on the context `first` left, keeping both steps' effects in order. Pure. */
export function chain(first: Step, next: (context: RegisterContext) => Step): Step {
  const second = next(first.context);
  return { context: second.context, effects: [...first.effects, ...second.effects] };
}

/** The context with some of its CP state replaced. Pure. */
export function withCp(context: RegisterContext, patch: Partial<CpState>): RegisterContext {
  return { ...context, cp: { ...context.cp, ...patch } };
}

/** The context with some of its AP state replaced. Pure. */
export function withAp(context: RegisterContext, patch: Partial<ApState>): RegisterContext {
  return { ...context, ap: { ...context.ap, ...patch } };
}
