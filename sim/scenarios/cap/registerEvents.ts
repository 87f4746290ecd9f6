/**
 * The events a replica receives (see sim/core/node.ts for how the World delivers them):
 * messages from peers, its own timers, client requests and parameter changes, each with
 * the virtual time `at`. Also the timers a replica arms when it boots.
 */
import type { ClientOp } from '@/sim/core/commands';
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import type { ApBody } from './apState';
import type { CpBody } from './cpMessages';
import { runsConsensus, runsGossip, type RegisterContext } from './registerTypes';
import { armElectionTimer } from './cpTerms';

/** A message event, one per body type. */
type MessageEvent<B extends { readonly type: string }> = B extends unknown
  ? { readonly type: B['type']; readonly from: NodeId; readonly at: Micros; readonly body: B }
  : never;

type TimerEvent<Name extends string> = { readonly type: `timer.${Name}`; readonly at: Micros };

export type RegisterEvent =
  | MessageEvent<CpBody | Extract<ApBody, { type: 'replicate' }>>
  | MessageEvent<Extract<ApBody, { type: 'gossip' | 'gossipOk' }>>
  | TimerEvent<'election'>
  | TimerEvent<'heartbeat'>
  | TimerEvent<'quorum'>
  | TimerEvent<'gossip'>
  | {
      readonly type: 'client.request';
      readonly request: number;
      readonly op: ClientOp;
      readonly at: Micros;
    }
  | {
      readonly type: 'param';
      readonly name: string;
      readonly value: number | string;
      readonly at: Micros;
    };

/**
 * Timers armed on boot: the election timeout when a key is CP (every node starts as a
 * follower waiting to hear from a leader), and the gossip timer when a key is AP,
 * staggered by position so the replicas do not all gossip at once. Pure.
 */
export function bootEffects(context: RegisterContext): Effect[] {
  const armed: Effect[] = [];
  if (runsConsensus(context.mode)) armed.push(armElectionTimer(context));
  if (runsGossip(context.mode)) {
    const position = context.peers.filter((peer) => peer < context.id).length;
    const phase = Math.round((context.timing.gossip * (position + 1)) / (context.peers.length + 1));
    armed.push(effects.setTimer('gossip', phase));
  }
  return armed;
}
