/**
 * Stepping the World: one event at a time, commands first when they tie with scheduled
 * events, so a command log replays the same way whenever it was issued.
 */
import { assertNever } from './assertNever';
import type { Command } from './commands';
import { blockLink, heal, isBlocked, partition, slowNode } from './network';
import { bootNode, crashNode, deliverEvent, timerDue } from './nodeHost';
import { armWorkload, issueRequest, runWorkload } from './workload';
import type { ParamValues } from './params';
import type { Scenario } from './scenario';
import type { Micros } from './time';
import type { DropReason } from './trace';
import type { Trace } from './traceStore';
import { createWorld, advanceTrace, record, type World, type WorldEvent } from './world';

/** A World at time zero with every node booted, in id order. */
export function bootWorld(
  scenario: Scenario,
  params: ParamValues,
  seed: number,
  trace?: Trace,
): World {
  const world = createWorld(scenario, params, seed, trace);
  for (const slot of world.nodes.values()) bootNode(world, slot);
  armWorkload(world);
  return world;
}

function applyParam(world: World, name: string, value: number | string): void {
  world.params = { ...world.params, [name]: value };
  const config = world.scenario.network(world.params);
  world.network = { ...world.network, ...config };
  record(world, { at: world.now, type: 'param', name, value });
  for (const slot of world.nodes.values())
    deliverEvent(world, slot, { type: 'param', name, value, at: world.now });
  armWorkload(world);
}

/** Takes a message off the wire, if it is still there, and traces why. */
function dropInFlight(world: World, id: number, reason: DropReason): void {
  const message = world.inflight.get(id);
  if (!message) return;
  world.inflight.delete(id);
  if (advanceTrace(world)) world.trace.pushDrop(world.now, id, message.from, message.to, reason);
}

function applyCommand(world: World, command: Command): void {
  const at = world.now;
  switch (command.type) {
    case 'partition':
      world.network = partition(world.network, command.groups, world.nodeIds);
      record(world, { at, type: 'partition', groups: world.network.groups ?? [] });
      return;
    case 'block':
      world.network = blockLink(world.network, command.from, command.to);
      record(world, { at, type: 'block', from: command.from, to: command.to });
      return;
    case 'heal':
      world.network = heal(world.network);
      record(world, { at, type: 'heal' });
      return;
    case 'crash': {
      const slot = world.nodes.get(command.node);
      if (!slot?.up) return;
      crashNode(world, slot);
      record(world, { at, type: 'crash', node: slot.id });
      return;
    }
    case 'restart': {
      const slot = world.nodes.get(command.node);
      if (!slot || slot.up) return;
      record(world, { at, type: 'restart', node: slot.id });
      bootNode(world, slot);
      return;
    }
    case 'drop':
      dropInFlight(world, command.message, 'command');
      return;
    case 'slow':
      world.network = slowNode(world.network, command.node, command.factor);
      record(world, { at, type: 'slow', node: command.node, factor: command.factor });
      return;
    case 'param':
      applyParam(world, command.name, command.value);
      return;
    case 'request':
      issueRequest(world, command);
      return;
    default:
      assertNever(command);
  }
}

function applyEvent(world: World, event: WorldEvent): void {
  const at = world.now;
  switch (event.type) {
    case 'message': {
      const message = event;
      if (world.inflight.get(message.id) !== message) return; // dropped by a command in flight
      if (message.lost) {
        // The reason was fixed at send time: the link may have healed or been cut since.
        dropInFlight(world, message.id, message.reason ?? 'loss');
        return;
      }
      world.inflight.delete(message.id);
      const slot = world.nodes.get(message.to);
      const { id, from, to } = message;
      // A partition made while the message was in flight stops it at the receiver.
      const cut = isBlocked(world.network, from, to);
      if (cut || !slot?.up) {
        if (advanceTrace(world))
          world.trace.pushDrop(at, id, from, to, cut ? 'partition' : 'crashed');
        return;
      }
      if (advanceTrace(world)) world.trace.pushDeliver(at, id, from, to);
      if (slot.actor)
        deliverEvent(world, slot, { type: message.body.type, from, at, body: message.body });
      return;
    }
    case 'timer': {
      const slot = world.nodes.get(event.node);
      if (!slot || !timerDue(world, slot, event)) return;
      record(world, {
        at,
        type: 'timer',
        node: event.node,
        name: event.name,
        ...(event.key === undefined ? {} : { key: event.key }),
      });
      deliverEvent(world, slot, {
        type: `timer.${event.name}`,
        ...(event.key === undefined ? {} : { key: event.key }),
        at,
      });
      return;
    }
    case 'workload':
      runWorkload(world);
      return;
    case 'clientTimeout': {
      const open = world.requests.get(event.request);
      if (!open) return;
      world.requests.delete(event.request);
      record(world, {
        at,
        type: 'complete',
        node: open.node,
        request: event.request,
        status: 'info',
        reason: 'timed out',
      });
      return;
    }
    default:
      assertNever(event);
  }
}

/** The time of the next event or command, or null when nothing is left. Pure. */
export function nextEventTime(world: World, commands: readonly Command[]): Micros | null {
  const command = commands[world.commandIndex];
  const top = world.queue.peek();
  if (command && (!top || command.at <= top.time)) return command.at;
  return top ? top.time : null;
}

/** Processes exactly one event or command. Returns false when there is nothing to do. */
export function stepWorld(world: World, commands: readonly Command[]): boolean {
  const command = commands[world.commandIndex];
  const top = world.queue.peek();
  if (command && (!top || command.at <= top.time)) {
    world.commandIndex++;
    world.now = Math.max(world.now, command.at);
    applyCommand(world, command);
  } else if (top) {
    world.queue.pop();
    world.now = top.time;
    applyEvent(world, top);
  } else {
    return false;
  }
  world.processed++;
  return true;
}

/** Processes every event at or before `t`, then sets the clock to `t`. */
export function runWorldUntil(
  world: World,
  commands: readonly Command[],
  t: Micros,
  onStep?: (world: World) => void,
): void {
  for (;;) {
    const next = nextEventTime(world, commands);
    if (next === null || next > t) break;
    stepWorld(world, commands);
    onStep?.(world);
  }
  world.now = Math.max(world.now, t);
}
