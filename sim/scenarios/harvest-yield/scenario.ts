/**
 * Scenario `harvest-yield`: a front end and M machines holding P partitions of the data,
 * each on `replicas` machines. Clients query at an offered load; every query fans out to
 * one replica of every partition. Under a fault or an overload the service either
 * answers fewer queries (yield) or answers with less of the data (harvest): Fox and
 * Brewer, "Harvest, Yield, and Scalable Tolerant Systems" (HotOS 1999), and Brewer,
 * "Lessons from Giant-Scale Services" (IEEE Internet Computing, 2001).
 */
import { latencyWithMean } from '@/sim/core/latency';
import type { Scenario } from '@/sim/core/scenario';
import { US_PER_S } from '@/sim/core/time';
import { describeHarvest, harvestLegend, inspectHarvest } from './looks';
import { harvestMachine } from './machine';
import { runMetrics } from './meters';
import { checkHarvestParams, FRONT_END, harvestYieldParams, machineIds } from './params';
import { harvestWorkload } from './workload';
import { typedParams } from '@/sim/core/params';

const S = US_PER_S;

export const harvestYield: Scenario = {
  id: 'harvest-yield',
  title: 'Harvest and yield: a sharded service',
  summary:
    'Crash a machine or overload the service: answer fewer queries (yield) or answer with less of the data (harvest).',
  params: harvestYieldParams,
  check: checkHarvestParams,
  nodes: (params) => [FRONT_END, ...machineIds(params)],
  // Constant latency draws nothing from the PRNG, nor do the machines: the workload alone
  // does, so two layouts from one seed see the same queries at the same instants.
  network: (params) => ({
    latency: latencyWithMean('constant', typedParams(harvestYieldParams, params).latency),
    loss: 0,
    duplicate: 0,
  }),
  logic: { machine: harvestMachine, durable: () => null },
  legend: harvestLegend,
  relations: [
    {
      kind: 'skips',
      label: 'Skipped (arrow points at a machine the front end thinks is down)',
      tone: 'bad',
    },
  ],
  describe: describeHarvest,
  inspect: inspectHarvest,
  workload: harvestWorkload,
  metrics: runMetrics,
  examples: [
    {
      label: 'Crash n1 at 2 s, restart it at 6 s',
      commands: [
        { at: 2 * S, type: 'crash', node: 'n1' },
        { at: 6 * S, type: 'restart', node: 'n1' },
      ],
    },
    {
      label: 'Double the load at 3 s',
      commands: [{ at: 3 * S, type: 'param', name: 'load', value: 300 }],
    },
  ],
};
