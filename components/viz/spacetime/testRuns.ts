/**
 * A small failure-detector run for tests of held windows: four nodes, a crash and a
 * restart, a partition and its heal, lost and duplicated messages, so a window's cut
 * falls across every kind of entry; and a layout's contents, to compare two.
 */
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import type { Scenario } from '@/sim/core/scenario';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_MS } from '@/sim/core/time';
import { failureDetector } from '@/sim/scenarios/failure-detector/scenario';
import type { EventLayout } from './eventLayout';

export const nodes = ['n1', 'n2', 'n3', 'n4'];

/** The failure detector on a network that also duplicates, so windows cut duplicates too. */
const duplicating: Scenario = {
  ...failureDetector,
  network: (params) => ({ ...failureDetector.network(params), duplicate: 0.2 }),
};

export function run(seed: number): Simulation {
  const params = {
    ...defaultParams(failureDetector.params),
    nodes: nodes.length,
    heartbeat: 50 * US_PER_MS,
    mean: 200 * US_PER_MS,
    loss: 0.1,
  } as ParamValues;
  const faults: Command[] = [
    { at: 400 * US_PER_MS, type: 'crash', node: 'n2' },
    { at: 900 * US_PER_MS, type: 'restart', node: 'n2' },
    {
      at: 1_100 * US_PER_MS,
      type: 'partition',
      groups: [
        ['n1', 'n2'],
        ['n3', 'n4'],
      ],
    },
    { at: 1_300 * US_PER_MS, type: 'heal' },
  ];
  return new Simulation(duplicating, params, seed, faults);
}

/** Everything a layout holds, as plain arrays, for comparing two layouts. */
export function layoutFace(layout: EventLayout) {
  const column = (values: ArrayLike<number>) =>
    Array.from({ length: layout.count }, (_, i) => values[i]);
  const lanes = layout.timelines.length;
  return {
    columns: [layout.lane, layout.x, layout.rank, layout.seq, layout.lamport, layout.sendOf].map(
      column,
    ),
    clocks: Array.from({ length: layout.count }, (_, id) => layout.clockVector(id)),
    timelines: layout.timelines,
    maxRank: layout.maxRank,
    before: Array.from({ length: lanes }, (_, lane) => [
      layout.clockBefore(lane),
      layout.heldFrom(lane),
    ]),
  };
}
