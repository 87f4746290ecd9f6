/**
 * "Start with three of everything": how often all the replicas of a partition are down
 * at once, measured by simulation. Six machines are each down, independently, a share
 * `p` of the time; the run looks at them hour by hour (each hour, each machine is down
 * with probability p, drawn from a seeded PRNG) and counts the hours in which machine
 * n1 is down, in which the first r machines are all down (one partition on r replicas),
 * and in which some partition of the six machines laid out as (6/r) × r is entirely
 * down. With independent failures these tend to p, p^r and 1 − (1 − p^r)^(6/r).
 *
 * Independence is the optimistic assumption: machines in one rack, on one power feed or
 * running one buggy release fail together, which is why replicas go in different
 * failure domains (Brewer, "Lessons from Giant-Scale Services", 2001).
 */
import { createRng, nextFloat } from '@/sim/core/rng';

export const OUTAGE_MACHINES = 6;
export const REPLICA_COUNTS = [1, 2, 3] as const;

export interface OutageShares {
  readonly hours: number;
  /** Share of hours in which one given machine is down. */
  readonly oneDown: number;
  /** For 1, 2 and 3 replicas: share of hours in which all replicas of a partition are down. */
  readonly partitionDown: readonly number[];
  /** For 1, 2 and 3 replicas: share in which some partition of six machines is entirely down. */
  readonly someDataLost: readonly number[];
}

/** Measures the shares over `hours` simulated hours. Pure (deterministic in the seed). */
export function measureOutages(p: number, hours: number, seed = 1): OutageShares {
  const rng = createRng(seed);
  const down = new Array<boolean>(OUTAGE_MACHINES).fill(false);
  let oneDown = 0;
  const partitionDown = REPLICA_COUNTS.map(() => 0);
  const someDataLost = REPLICA_COUNTS.map(() => 0);
  for (let hour = 0; hour < hours; hour++) {
    for (let m = 0; m < OUTAGE_MACHINES; m++) down[m] = nextFloat(rng) < p;
    if (down[0]) oneDown++;
    REPLICA_COUNTS.forEach((replicas, k) => {
      let lost = false;
      for (let start = 0; start < OUTAGE_MACHINES; start += replicas) {
        let all = true;
        for (let m = start; m < start + replicas; m++) all &&= down[m]!;
        if (all && start === 0) partitionDown[k]!++;
        lost ||= all;
      }
      if (lost) someDataLost[k]!++;
    });
  }
  return {
    hours,
    oneDown: oneDown / hours,
    partitionDown: partitionDown.map((n) => n / hours),
    someDataLost: someDataLost.map((n) => n / hours),
  };
}

/** The same shares for independent failures, exactly. Pure. */
export function expectedOutages(p: number): Omit<OutageShares, 'hours'> {
  return {
    oneDown: p,
    partitionDown: REPLICA_COUNTS.map((r) => p ** r),
    someDataLost: REPLICA_COUNTS.map((r) => 1 - (1 - p ** r) ** (OUTAGE_MACHINES / r)),
  };
}
