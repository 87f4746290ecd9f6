/**
 * Two tiny scenarios that exist only for the benchmarks, to isolate what the engine
 * costs apart from a real scenario's node logic.
 *
 * - `netOnly`: nodes that are never booted (no actors). Driving its World with
 *   `sendMessage` + `stepWorld` measures the scheduler, latency sampling, the PRNG, the
 *   in-flight table and the trace, and nothing of XState.
 * - `echo`: each node pings every peer once at boot and answers every ping with a ping.
 *   It is the cheapest possible XState node, so it measures the engine's floor with
 *   actors in the loop.
 */
import { emit, enqueueActions, setup } from 'xstate';
import { nodeIds, type NodeId } from '@/sim/core/ids';
import { latencyWithMean } from '@/sim/core/latency';
import { effects, type Effect, type NodeInput } from '@/sim/core/node';
import type { Scenario } from '@/sim/core/scenario';
import { US_PER_MS } from '@/sim/core/time';

type PingEvent = { type: 'ping'; from: NodeId; at: number; body: { type: 'ping' } };

const echoMachine = setup({
  types: {
    context: {} as { peers: readonly NodeId[] },
    input: {} as NodeInput,
    events: {} as PingEvent,
    emitted: {} as Effect,
  },
}).createMachine({
  id: 'bench-echo',
  context: ({ input }) => ({ peers: input.peers }),
  entry: enqueueActions(({ context, enqueue }) => {
    for (const peer of context.peers) enqueue.emit(effects.send(peer, { type: 'ping' }));
  }),
  on: { ping: { actions: emit(({ event }) => effects.send(event.from, { type: 'ping' })) } },
});

function benchScenario(id: string, title: string): Scenario {
  return {
    id,
    title,
    summary: 'A benchmark fixture.',
    params: {
      nodes: { kind: 'int', label: 'Nodes', min: 2, max: 1000, default: 5, live: false },
    },
    nodes: (params) => nodeIds(Number(params.nodes)),
    network: () => ({
      latency: latencyWithMean('exponential', 120 * US_PER_MS),
      loss: 0,
      duplicate: 0,
    }),
    logic: { machine: echoMachine, durable: () => undefined },
    legend: [],
    describe: () => ({ status: 'ok', summary: '' }),
    inspect: () => [],
  };
}

export const netOnly = benchScenario('bench-net-only', 'Network only (no actors)');
export const echo = benchScenario('bench-echo', 'Echo (minimal XState node)');
