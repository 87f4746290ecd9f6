/**
 * Hosting node machines: delivering events to actors, carrying out the effects they emit,
 * tracing state changes, and crash and restart.
 */
import { assertNever } from './assertNever';
import { chance, nextFloat } from './rng';
import { isBlocked, linkLatency, linkSlowdown } from './network';
import { sampleLatency } from './latency';
import type { Effect } from './node';
import type { NodeId } from './ids';
import type { MessageBody } from './trace';
import {
  advanceTrace,
  record,
  refreshView,
  startActor,
  type InFlight,
  type NodeSlot,
  type World,
} from './world';

/** A timer's key in its node's timer table. */
export function timerKey(name: string, key: string | undefined): string {
  return key === undefined ? name : `${name}:${key}`;
}

/** Puts a message on the wire: samples its delay, and decides now whether it is lost. */
export function sendMessage(
  world: World,
  from: NodeId,
  to: NodeId,
  body: MessageBody,
  dupOf?: number,
): void {
  const id = world.nextMessage++;
  const network = world.network;
  const base = network.delay
    ? network.delay(from, to, body, world.rng)
    : sampleLatency(linkLatency(network, from, to), world.rng);
  const delay = Math.max(1, Math.round(base * linkSlowdown(network, from, to)));
  const sentAt = world.now;
  const deliverAt = sentAt + delay;
  // A message sent into a cut link, or lost at random, dies half-way across.
  const cut = isBlocked(network, from, to);
  const lost = cut || chance(world.rng, network.loss);
  const endAt = lost ? sentAt + Math.max(1, Math.floor(delay / 2)) : deliverAt;
  if (dupOf !== undefined)
    record(world, { at: sentAt, type: 'send', id, from, to, body, deliverAt, dupOf });
  else if (advanceTrace(world)) world.trace.pushSend(sentAt, id, from, to, body, deliverAt);
  const message: InFlight = {
    type: 'message',
    time: endAt,
    seq: world.seq++,
    id,
    from,
    to,
    body,
    sentAt,
    deliverAt,
    endAt,
    lost,
    reason: cut ? 'partition' : lost ? 'loss' : null,
  };
  world.inflight.set(message);
  world.queue.push(message);
  if (dupOf === undefined && chance(world.rng, network.duplicate))
    sendMessage(world, from, to, body, id);
}

function applyEffect(world: World, slot: NodeSlot, effect: Effect): void {
  switch (effect.type) {
    case 'send':
      sendMessage(world, slot.id, effect.to, effect.body);
      return;
    case 'setTimer': {
      const extra = effect.jitter ? Math.floor(nextFloat(world.rng) * effect.jitter) : 0;
      armTimer(world, slot, effect.name, effect.key, Math.max(1, Math.round(effect.delay) + extra));
      return;
    }
    case 'cancelTimer':
      slot.timers.delete(timerKey(effect.name, effect.key));
      return;
    case 'reply': {
      const open = world.requests.get(effect.request);
      if (!open) return; // already timed out: the client stopped listening
      world.requests.delete(effect.request);
      record(world, {
        at: world.now,
        type: 'complete',
        node: slot.id,
        request: effect.request,
        status: effect.status,
        ...(effect.value === undefined ? {} : { value: effect.value }),
        ...(effect.reason === undefined ? {} : { reason: effect.reason }),
      });
      return;
    }
    case 'note':
      record(world, {
        at: world.now,
        type: 'note',
        node: slot.id,
        kind: effect.kind,
        text: effect.text,
        ...(effect.peer === undefined ? {} : { peer: effect.peer }),
      });
      return;
    default:
      assertNever(effect);
  }
}

/** Carries out the effects an actor emitted, then traces any change of its state. */
function settle(world: World, slot: NodeSlot): void {
  // Effects may not emit more effects, but take them one by one so order is preserved.
  const pending = world.pending;
  world.pending = [];
  for (const effect of pending) applyEffect(world, slot, effect);
  if (!slot.actor) return;
  const before = slot.state;
  refreshView(slot);
  if (slot.view.state !== before) {
    slot.state = slot.view.state;
    record(world, {
      at: world.now,
      type: 'state',
      node: slot.id,
      from: before,
      to: slot.view.state,
    });
  }
}

/** Sends one event to a live node's machine and carries out what follows. */
export function deliverEvent(
  world: World,
  slot: NodeSlot,
  event: { type: string; at: number; [k: string]: unknown },
): void {
  if (!slot.actor) return;
  slot.actor.send(event);
  settle(world, slot);
}

/** Puts a timer's entry in the scheduler; the entry is then the one that carries it. */
function queueTimer(
  world: World,
  slot: NodeSlot,
  id: string,
  name: string,
  key: string | undefined,
  time: number,
  seq: number,
): void {
  world.queue.push(
    key === undefined
      ? { type: 'timer', time, seq, node: slot.id, name }
      : { type: 'timer', time, seq, node: slot.id, name, key },
  );
  slot.timers.set(id, { seq, time, queuedSeq: seq, queuedTime: time });
}

/**
 * Schedules (or re-arms) a timer `delay` µs from now. The seq is taken either way, so the
 * order of events is that of one scheduler entry per arming; but when an entry for this
 * timer is already queued no later, it carries the timer forward (see `timerDue`) and
 * nothing is pushed.
 */
function armTimer(
  world: World,
  slot: NodeSlot,
  name: string,
  key: string | undefined,
  delay: number,
): void {
  const time = world.now + delay;
  const seq = world.seq++;
  const id = timerKey(name, key);
  const live = slot.timers.get(id);
  if (live && live.queuedTime <= time) {
    slot.timers.set(id, { seq, time, queuedSeq: live.queuedSeq, queuedTime: live.queuedTime });
    return;
  }
  queueTimer(world, slot, id, name, key, time, seq);
}

/**
 * A timer entry is due: true when it fires the node's live timer (which is then gone).
 * An entry of a timer re-armed since is queued again at the live timer's time and seq,
 * exactly where one entry per arming would have put it; any other entry is stale
 * (replaced, cancelled, or lost in a crash).
 */
export function timerDue(
  world: World,
  slot: NodeSlot,
  entry: { readonly name: string; readonly key?: string; readonly seq: number },
): boolean {
  if (!slot.up) return false;
  const id = timerKey(entry.name, entry.key);
  const live = slot.timers.get(id);
  if (live === undefined) return false;
  if (live.seq === entry.seq) {
    slot.timers.delete(id);
    return true;
  }
  if (live.queuedSeq !== entry.seq) return false;
  const { name, key } = entry;
  const { time, seq } = live;
  queueTimer(world, slot, id, name, key, time, seq);
  return false;
}

/** Boots (or reboots) a node: a fresh machine from its input and its durable state. */
export function bootNode(world: World, slot: NodeSlot): void {
  slot.up = true;
  startActor(world, slot);
  settle(world, slot);
}

/** Crashes a node: its machine and timers are gone; only what it declares durable is kept. */
export function crashNode(world: World, slot: NodeSlot): void {
  const context = (slot.actor?.getSnapshot() as { context?: unknown } | undefined)?.context;
  slot.durable = world.scenario.logic.durable(context);
  slot.actor?.stop();
  slot.actor = null;
  slot.up = false;
  slot.timers = new Map();
  slot.state = '';
  refreshView(slot);
}
