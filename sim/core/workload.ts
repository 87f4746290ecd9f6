/**
 * Clients and their requests. One client sits beside each node (client i beside node n_i)
 * and waits for one request at a time, as Jepsen's processes do, so a history read from
 * the trace has one sequential process per client. Requests come from the command log
 * (a person pressing Read or Write) or from a scenario's workload generator, which draws
 * its choices from the World's PRNG, so generated traffic replays exactly.
 */
import type { Command } from './commands';
import type { NodeId } from './ids';
import { nodeIndex } from './ids';
import { deliverEvent } from './nodeHost';
import { nextFloat } from './rng';
import { record, type World } from './world';
import type { WorkloadOp } from './workloadTypes';

export type { Workload, WorkloadContext, WorkloadOp } from './workloadTypes';

/** The client beside a node: n1's is client 1. Pure. */
export function clientOf(node: NodeId): number {
  return nodeIndex(node) + 1;
}

/** Whether a client has a request in flight. Pure. */
export function isClientBusy(world: World, client: number): boolean {
  for (const open of world.requests.values()) if (open.client === client) return true;
  return false;
}

/** Invokes a request at a node, as its client; a crashed node refuses the connection. */
export function issueRequest(
  world: World,
  command: Extract<Command, { type: 'request' }> | WorkloadOp,
): void {
  const at = world.now;
  const request = world.nextRequest++;
  const client = command.client ?? clientOf(command.node);
  const slot = world.nodes.get(command.node);
  record(world, { at, type: 'invoke', node: command.node, request, client, op: command.op });
  if (!slot?.up) {
    const reason = 'connection refused: node is down';
    record(world, { at, type: 'complete', node: command.node, request, status: 'fail', reason });
    return;
  }
  world.requests.set(request, { node: command.node, client, invokedAt: at });
  if (command.timeout !== undefined)
    world.queue.push({
      type: 'clientTimeout',
      time: at + command.timeout,
      seq: world.seq++,
      request,
    });
  deliverEvent(world, slot, { type: 'client.request', request, op: command.op, at });
}

/** Schedules the next workload tick if the scenario has a workload and none is pending. */
export function armWorkload(world: World): void {
  const workload = world.scenario.workload;
  if (!workload || world.workloadArmed) return;
  const interval = workload.interval(world.params);
  if (interval === null || interval <= 0) return;
  // Exponential inter-arrival times: requests arrive as a Poisson process.
  const gap = Math.max(1, Math.round(-interval * Math.log(1 - nextFloat(world.rng))));
  world.workloadArmed = true;
  world.queue.push({ type: 'workload', time: world.now + gap, seq: world.seq++ });
}

/** A workload tick: issue the generated request, if any, and arm the next tick. */
export function runWorkload(world: World): void {
  world.workloadArmed = false;
  const workload = world.scenario.workload;
  if (!workload) return;
  const op = workload.next({
    rng: world.rng,
    params: world.params,
    nodes: world.nodeIds,
    now: world.now,
    busy: (client) => isClientBusy(world, client),
  });
  if (op) issueRequest(world, op);
  armWorkload(world);
}
