/**
 * Latency per leg, as the PBS model has it (Bailis et al., "Probabilistically Bounded
 * Staleness for Practical Partial Quorums", PVLDB 5(8) 2012, §5): W carries a write to a
 * replica, A its acknowledgement back, R a read request, S the read's response. Every
 * message of the store travels on one of these legs, and its delay is drawn from that
 * leg's distribution, so a live run samples the same distributions the Monte Carlo does.
 *
 * The production fits are Table 4 of the paper (a Pareto body or tail mixed with an
 * exponential), in milliseconds; each maps onto the engine's `pareto-mix` latency.
 * WAN adds 75 ms to every message between two nodes, each node being its own data centre.
 */
import type { NodeId } from '@/sim/core/ids';
import { sampleLatency, type LatencySpec } from '@/sim/core/latency';
import type { MessageDelay } from '@/sim/core/network';
import type { ParamValues } from '@/sim/core/params';
import { US_PER_MS } from '@/sim/core/time';
import type { MessageBody } from '@/sim/core/trace';
import type { KvMessageType } from './kvTypes';
import type { ProfileName } from './params';

export type Leg = 'W' | 'A' | 'R' | 'S';
export type LegSpecs = Readonly<Record<Leg, LatencySpec>>;

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

/** Added to every message between data centres in the WAN profile (PBS §5.2). */
export const WAN_REMOTE_MS = 75;

/** A Table 4 mixture: weight `pareto` of Pareto(xm, alpha), the rest exponential(lambda), in ms. */
function fit(pareto: number, xm: number, alpha: number, lambda: number): LatencySpec {
  return {
    kind: 'pareto-mix',
    tail: pareto,
    scale: xm * US_PER_MS,
    shape: alpha,
    exponentialMean: US_PER_MS / lambda,
  };
}

const exponentialMs = (lambda: number): LatencySpec => ({
  kind: 'exponential',
  mean: US_PER_MS / lambda,
});

const LNKD_SSD = fit(0.9122, 0.235, 10, 1.66);
const LNKD_DISK_W = fit(0.38, 1.05, 1.51, 0.183);
const YMMR_W = fit(0.939, 3, 3.35, 0.0028);
const YMMR_ARS = fit(0.982, 1.5, 3.8, 0.0217);

/** The four legs' distributions for a profile. Pure. */
export function legSpecs(params: ParamValues): LegSpecs {
  const profile = params.profile as ProfileName;
  switch (profile) {
    case 'lnkd-ssd':
      return { W: LNKD_SSD, A: LNKD_SSD, R: LNKD_SSD, S: LNKD_SSD };
    case 'lnkd-disk':
    case 'wan':
      return { W: LNKD_DISK_W, A: LNKD_SSD, R: LNKD_SSD, S: LNKD_SSD };
    case 'ymmr':
      return { W: YMMR_W, A: YMMR_ARS, R: YMMR_ARS, S: YMMR_ARS };
    default: {
      const ars = exponentialMs(Number(params.lambdaArs));
      return { W: exponentialMs(Number(params.lambdaW)), A: ars, R: ars, S: ars };
    }
  }
}

/** The network's per-message delay for these parameters: the leg's draw, plus WAN distance. Pure. */
export function messageDelay(params: ParamValues): MessageDelay {
  const specs = legSpecs(params);
  const remote = params.profile === 'wan' ? WAN_REMOTE_MS * US_PER_MS : 0;
  return (from: NodeId, to: NodeId, body: MessageBody, rng) => {
    const leg = LEG_OF[body.type as KvMessageType] ?? 'W';
    return sampleLatency(specs[leg], rng) + (from === to ? 0 : remote);
  };
}
