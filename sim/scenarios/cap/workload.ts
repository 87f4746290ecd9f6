/**
 * The clients' traffic: at each tick (a Poisson process at `rate` per second), a random
 * idle client asks the replica beside it for a read or a write, evenly split, of `x` or
 * `y`, evenly split, giving up after `timeout`. All choices come from the World's PRNG.
 *
 * A written value is the virtual millisecond the write was issued at, so values increase
 * and a learner can read off when each was written. Two generated writes collide only if
 * two ticks fall in the same millisecond, about 0.1% of ticks at the default rate; the
 * linearizability checker stays sound with repeated values (it may only miss a
 * violation), and the metrics match values to writes conservatively.
 */
import { clientOf, type Workload } from '@/sim/core/workload';
import { nextFloat } from '@/sim/core/rng';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { typedParams } from '@/sim/core/params';
import { capRegisterParams } from './params';

/** The keys the generated traffic uses; in `mixed` mode x is CP and y is AP. */
export const WORKLOAD_KEYS = ['x', 'y'] as const;

export const capWorkload: Workload = {
  interval(params) {
    const rate = typedParams(capRegisterParams, params).rate;
    return rate > 0 ? Math.round(US_PER_S / rate) : null;
  },
  next({ rng, params, nodes, now, busy }) {
    const idle = nodes.filter((node) => !busy(clientOf(node)));
    if (idle.length === 0) return null;
    const node = idle[Math.floor(nextFloat(rng) * idle.length)]!;
    const isWrite = nextFloat(rng) < 0.5;
    const key = WORKLOAD_KEYS[nextFloat(rng) < 0.5 ? 0 : 1];
    const op = isWrite
      ? { f: 'write', key, value: Math.floor(now / US_PER_MS) }
      : { f: 'read', key };
    return {
      node,
      client: clientOf(node),
      op,
      timeout: typedParams(capRegisterParams, params).timeout,
    };
  },
};
