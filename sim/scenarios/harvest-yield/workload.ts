/**
 * The clients: queries arrive at the front end as a Poisson process at `load` a second
 * (the engine draws exponential gaps). Each query carries a number drawn from the
 * World's PRNG, which seeds the front end's replica choices for it, so a run replays
 * exactly. Clients are many and independent, so no client waits for another's answer.
 */
import { nextUint32 } from '@/sim/core/rng';
import { US_PER_S } from '@/sim/core/time';
import type { Workload } from '@/sim/core/workload';
import { FRONT_END } from './params';
import { typedParams } from '@/sim/core/params';
import { harvestYieldParams } from './params';

/** The client number the generated queries carry. */
export const CLIENTS = 1;

export const harvestWorkload: Workload = {
  interval(params) {
    const load = typedParams(harvestYieldParams, params).load;
    return load > 0 ? US_PER_S / load : null;
  },
  next({ rng }) {
    return { node: FRONT_END, client: CLIENTS, op: { f: 'query', value: nextUint32(rng) } };
  },
};
