/**
 * Harvest-and-yield engine figures: the scenario at full load (offered load equal to the
 * service's capacity, replicas × a machine's capacity), at 6 and 24 machines in 3 × 2
 * and 12 × 2. Each query fans out to every partition, so the events per virtual second
 * grow with the partitions: the figure that matters to the player is how many virtual
 * seconds a wall second runs (`× real time`), derived from events/s and the events a
 * virtual second takes.
 */
import { defaultParams } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_S } from '@/sim/core/time';
import { harvestYield } from '@/sim/scenarios/harvest-yield';
import { runChild } from '../lib/child';
import { measured } from '../lib/figure';
import type { Plan } from '../lib/plan';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';

const CHILD = 'bench/engine/child.ts';

/** Full load for a layout: replicas × 100 queries/s, the default machine capacity. */
function fullLoad(machines: number): Record<string, number> {
  return { machines, replicas: 2, load: 200, capacity: 100 };
}

/** Events in one virtual second of a run at these parameters (after a second of warm-up). */
function eventsPerVirtualSecond(params: Record<string, number>): number {
  const simulation = new Simulation(
    harvestYield,
    { ...defaultParams(harvestYield.params), ...params },
    1,
  );
  simulation.seek(US_PER_S);
  const before = simulation.world.processed;
  simulation.seek(3 * US_PER_S);
  return (simulation.world.processed - before) / 2;
}

export async function runHarvest(context: {
  readonly plan: Plan;
  readonly log: (text: string) => void;
}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const { runs, events } = context.plan.engine.fd;
  for (const machines of [6, 24]) {
    context.log(`harvest-yield, ${machines} machines at full load`);
    const params = fullLoad(machines);
    const { samples } = await runChild<{ samples: number[] }>(CHILD, [
      'simulation',
      JSON.stringify({ scenario: harvestYield.id, runs, events: events[5], params }),
    ]);
    const perSecond = eventsPerVirtualSecond(params);
    const label = `Harvest and yield, ${machines} machines (${machines / 2} × 2), full load`;
    figures.push(
      measured('harvest', `engine.harvest.${machines}`, label, 'events/s', samples, {
        params,
        eventsPerVirtualSecond: perSecond,
      }),
      measured(
        'harvest',
        `engine.harvest.${machines}.realtime`,
        `${label}: virtual seconds per wall second`,
        '× real time',
        [median(samples) / perSecond],
        { note: 'derived: the median events/s ÷ events per virtual second' },
      ),
    );
  }
  return figures;
}
