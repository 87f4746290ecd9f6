/**
 * The harvest-and-yield cluster as a picture: the front end in the middle, each machine
 * on a spring to it, and the replicas of a partition held close together, so a partition
 * reads as one group. Laid out by d3-force with the run's seed (forceLayout.ts).
 */
import type { ParamValues } from '@/sim/core';
import { FRONT_END, layoutOf, partitionOf } from '@/sim/scenarios/harvest-yield/params';
import { forceLayout } from '@/components/viz/forceLayout';
import { CENTER, clusterGeometry, type ClusterTopology } from '@/components/viz/layout';

/** Rest lengths, in viewBox units: front end to machine, and replica to replica. */
const SPOKE = 190;
const SIBLING = 100;

/** The topology for a run with these parameters and seed. Pure. */
export function harvestTopology(params: ParamValues, seed: number): ClusterTopology {
  const layout = layoutOf(params);
  return {
    layout(ids) {
      const machines = ids.filter((id) => id !== FRONT_END);
      const springs: [string, string, number][] = machines.map((id) => [FRONT_END, id, SPOKE]);
      machines.forEach((a, i) => {
        for (const b of machines.slice(i + 1))
          if (partitionOf(layout, i) === partitionOf(layout, machines.indexOf(b)))
            springs.push([a, b, SIBLING]);
      });
      return forceLayout({
        ids,
        springs,
        pinned: new Map([[FRONT_END, { x: CENTER, y: CENTER }]]),
        radius: clusterGeometry(ids.length).nodeRadius,
        seed,
      });
    },
    linked: (a, b) => a === FRONT_END || b === FRONT_END,
  };
}
