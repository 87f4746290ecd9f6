/**
 * Timers re-armed before they fire: the World keeps one scheduler entry per live timer and
 * carries it forward, instead of one entry per arming. What a run shows must not change:
 * the timer fires once, at the last arming's time, and a shorter re-arming still wins.
 */
import { describe, expect, it } from 'vitest';
import { emit, setup } from 'xstate';
import { nodeIds } from './ids';
import { latencyWithMean } from './latency';
import { effects, type Effect, type NodeInput } from './node';
import { deliverEvent } from './nodeHost';
import type { Scenario } from './scenario';
import { bootWorld, runWorldUntil } from './step';
import type { World } from './world';

type ArmEvent = { type: 'arm'; delay: number; at: number };
type FireEvent = { type: 'timer.alarm'; key: string; at: number };

const alarmMachine = setup({
  types: {
    context: {} as Record<string, never>,
    input: {} as NodeInput,
    events: {} as ArmEvent | FireEvent,
    emitted: {} as Effect,
  },
}).createMachine({
  id: 'alarm',
  context: {},
  on: {
    arm: { actions: emit(({ event }) => effects.setTimer('alarm', event.delay, 'k')) },
    'timer.alarm': { actions: emit(() => effects.note('fired', 'the alarm fired')) },
  },
});

const alarm: Scenario = {
  id: 'alarm',
  title: 'Alarm',
  summary: 'A node with one re-armable timer.',
  params: { nodes: { kind: 'int', label: 'Nodes', min: 1, max: 1, default: 1, live: false } },
  nodes: () => nodeIds(1),
  network: () => ({ latency: latencyWithMean('constant', 1), loss: 0, duplicate: 0 }),
  logic: { machine: alarmMachine, durable: () => undefined },
  legend: [],
  describe: () => ({ status: 'ok', summary: '' }),
  inspect: () => [],
};

/** Arms the alarm at each [time, delay], in order, then runs to `until`. */
function run(armings: readonly (readonly [at: number, delay: number])[], until: number): World {
  const world = bootWorld(alarm, { nodes: 1 }, 1);
  const slot = world.nodes.get('n1')!;
  for (const [at, delay] of armings) {
    runWorldUntil(world, [], at);
    deliverEvent(world, slot, { type: 'arm', delay, at });
  }
  runWorldUntil(world, [], until);
  return world;
}

function firings(world: World): number[] {
  return world.trace
    .slice()
    .filter((entry) => entry.type === 'timer')
    .map((entry) => entry.at);
}

describe('re-armed timers', () => {
  it('fire once, at the last arming, with one scheduler entry', () => {
    const world = bootWorld(alarm, { nodes: 1 }, 1);
    const slot = world.nodes.get('n1')!;
    for (let at = 0; at < 500; at += 100) {
      runWorldUntil(world, [], at);
      deliverEvent(world, slot, { type: 'arm', delay: 150, at });
    }
    expect(world.queue.size).toBe(1);
    runWorldUntil(world, [], 2000);
    expect(firings(world)).toEqual([550]);
    expect(world.queue.size).toBe(0);
  });

  it('fire at a shorter re-arming, and only then', () => {
    expect(
      firings(
        run(
          [
            [0, 500],
            [100, 50],
          ],
          2000,
        ),
      ),
    ).toEqual([150]);
    expect(
      firings(
        run(
          [
            [0, 500],
            [100, 50],
            [120, 100],
          ],
          2000,
        ),
      ),
    ).toEqual([220]);
  });

  it('fire again when armed after firing', () => {
    expect(
      firings(
        run(
          [
            [0, 100],
            [50, 100],
            [300, 100],
          ],
          2000,
        ),
      ),
    ).toEqual([150, 400]);
  });
});
