/**
 * Latency per leg, as the PBS model has it (Bailis et al., "Probabilistically Bounded
 * Staleness for Practical Partial Quorums", PVLDB 5(8) 2012, §5): W carries a write to a
 * replica, A its acknowledgement back, R a read request, S the read's response. Every
 * message of the store travels on one of these legs and its delay is drawn from that
 * leg's distribution in the profile of sim/pbs/latency.ts, so a live run samples the
 * very distributions the Monte Carlo does. In the WAN profile each node is its own data
 * centre: a message between two nodes takes 75 ms more, a node's message to itself
 * (a coordinator that is also a replica) does not.
 */
import type { NodeId } from '@/sim/core/ids';
import type { MessageDelay } from '@/sim/core/network';
import type { ParamValues } from '@/sim/core/params';
import { US_PER_MS } from '@/sim/core/time';
import type { MessageBody } from '@/sim/core/trace';
import { profileOf } from '@/sim/pbs/calculate';
import { sampleLegMs, type Leg, type LatencyProfile, type ProfileId } from '@/sim/pbs/latency';
import type { KvMessageType } from './kvTypes';

/** The leg each message travels on: data goes as W, its acknowledgement as A. */
export const LEG_OF: Readonly<Record<KvMessageType, Leg>> = {
  put: 'W',
  putOk: 'A',
  get: 'R',
  getOk: 'S',
  repair: 'W',
  handoff: 'W',
  handoffOk: 'A',
  aeTree: 'W',
  aeDiff: 'W',
  aeData: 'W',
};

/** The exponential profile's rates per ms, from the means the parameters give. Pure. */
export function legRates(params: ParamValues): { lambdaW: number; lambdaArs: number } {
  return {
    lambdaW: US_PER_MS / Number(params.meanW),
    lambdaArs: US_PER_MS / Number(params.meanArs),
  };
}

/** The latency profile the parameters choose. Pure. */
export function kvProfile(params: ParamValues): LatencyProfile {
  return profileOf({ profile: params.profile as ProfileId, ...legRates(params) });
}

/** The network's per-message delay for these parameters: the leg's draw, plus WAN distance. Pure. */
export function messageDelay(params: ParamValues): MessageDelay {
  const profile = kvProfile(params);
  const remote = profile.remoteMs * US_PER_MS;
  return (from: NodeId, to: NodeId, body: MessageBody, rng) => {
    const leg = LEG_OF[body.type as KvMessageType] ?? 'W';
    return sampleLegMs(profile.legs[leg], rng) * US_PER_MS + (from === to ? 0 : remote);
  };
}
