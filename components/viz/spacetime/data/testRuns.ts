/**
 * A small failure-detector run for tests of held windows: four nodes, a crash and a
 * restart, a partition and its heal, lost and duplicated messages, so a window's cut
 * falls across every kind of entry; a layout's contents, to compare two; and windows
 * holding a receive whose send came before them, or copies sent before them that are
 * lost in them or still on the wire.
 */
import {
  type Command,
  defaultParams,
  type ParamValues,
  type Scenario,
  Simulation,
  type TraceEntry,
  US_PER_MS,
} from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import type { EventLayout } from './eventLayout';
import { LiveSpaceTimeData } from './liveData';

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

/**
 * A window holding a receive but not its send: n1 → n2 is sent at 0 and received at
 * 100; between them n3 ticks at 10 and 20; n2 then sends to n3 at 130. With a cap of six
 * the window starts three quarters of a cap back, at the first tick (x = 10), so it
 * holds the ticks (events 0 and 1), the receive (2) and n2's send (3); the first send is
 * one earlier event.
 */
export function enteringWindow(): LiveSpaceTimeData {
  const body = { type: 'ping' };
  const trace: TraceEntry[] = [
    { at: 0, type: 'send', id: 1, from: 'n1', to: 'n2', body, deliverAt: 100 },
    { at: 10, type: 'timer', node: 'n3', name: 'tick' },
    { at: 20, type: 'timer', node: 'n3', name: 'tick' },
    { at: 100, type: 'deliver', id: 1, from: 'n1', to: 'n2' },
    { at: 130, type: 'send', id: 2, from: 'n2', to: 'n3', body, deliverAt: 230 },
  ];
  const live = new LiveSpaceTimeData(['n1', 'n2', 'n3'], { cap: 6 });
  live.sync(trace);
  return live;
}

/**
 * A window holding none of the sends of two copies on the wire at its start: n1 pings
 * n2 at 0 (due at 300, still on the wire at the end) and n3 at 0 (due at 200, lost to
 * a partition half-way, at 100, trace index 4); n3 ticks at 10 and 20, n2 at 130, n1 at
 * 140. With a cap of six the window starts four events back, at the first tick (x = 10),
 * so it holds the four ticks (events 0-3) and the two sends are earlier events.
 */
export function wireWindow(): LiveSpaceTimeData {
  const body = { type: 'ping' };
  const trace: TraceEntry[] = [
    { at: 0, type: 'send', id: 1, from: 'n1', to: 'n2', body, deliverAt: 300 },
    { at: 0, type: 'send', id: 2, from: 'n1', to: 'n3', body, deliverAt: 200 },
    { at: 10, type: 'timer', node: 'n3', name: 'tick' },
    { at: 20, type: 'timer', node: 'n3', name: 'tick' },
    { at: 100, type: 'drop', id: 2, from: 'n1', to: 'n3', reason: 'partition' },
    { at: 130, type: 'timer', node: 'n2', name: 'tick' },
    { at: 140, type: 'timer', node: 'n1', name: 'tick' },
  ];
  const live = new LiveSpaceTimeData(['n1', 'n2', 'n3'], { cap: 6 });
  live.sync(trace);
  return live;
}
