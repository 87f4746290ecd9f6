/**
 * The clients' traffic: requests arrive as a Poisson process at `writes + reads` per
 * second; each is a write with probability writes / (writes + reads), to a key drawn
 * evenly from k1…k`keys`, sent by a random idle client to the node beside it, which
 * coordinates it. All choices come from the World's PRNG.
 *
 * A written value is the virtual millisecond it was issued at, so values increase and a
 * reader can tell from a value how old it is; the staleness measure matches a read's
 * value to the latest write of it (staleness.ts).
 */
import { nextFloat } from '@/sim/core/rng';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { clientOf, type Workload } from '@/sim/core/workload';

/** The keys k1…k`count`. Pure. */
export function workloadKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `k${i + 1}`);
}

/** How long a client waits past the coordinator's own timeout, so the coordinator answers first. */
const CLIENT_GRACE = 100 * US_PER_MS;

export const kvWorkload: Workload = {
  interval(params) {
    const rate = Number(params.writes) + Number(params.reads);
    return rate > 0 ? Math.round(US_PER_S / rate) : null;
  },
  next({ rng, params, nodes, now, busy }) {
    const idle = nodes.filter((node) => !busy(clientOf(node)));
    if (idle.length === 0) return null;
    const node = idle[Math.floor(nextFloat(rng) * idle.length)]!;
    const writes = Number(params.writes);
    const isWrite = nextFloat(rng) * (writes + Number(params.reads)) < writes;
    const keys = workloadKeys(Number(params.keys));
    const key = keys[Math.floor(nextFloat(rng) * keys.length)]!;
    const op = isWrite
      ? { f: 'write', key, value: Math.floor(now / US_PER_MS) }
      : { f: 'read', key };
    return { node, client: clientOf(node), op, timeout: Number(params.timeout) + CLIENT_GRACE };
  },
};
