/**
 * Checkpoints: a copy of a World that can be restored later. Immutable parts (trace
 * entries, messages, network state, XState snapshots) are shared, not copied; mutable
 * containers are copied. Actors are rebuilt on restore from XState persisted snapshots,
 * which does not re-run entry actions, so restoring emits nothing.
 *
 * A machine's snapshot is immutable, so a checkpoint keeps it as it is and persists it
 * only if it is restored: persisting walks the whole context (at 100 nodes, 100 contexts
 * of 99-entry tables every 4,096 events), and most checkpoints are never restored. A
 * snapshot with child actors is persisted at once, as children change in place.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { EventHeap } from './heap';
import type { InFlightTable } from './inflight';
import type { NodeId } from './ids';
import type { NetworkState } from './network';
import type { ParamValues } from './params';
import { cloneRng, type Rng } from './rng';
import type { Micros } from './time';
import type { Trace } from './traceStore';
import {
  createWorld,
  refreshView,
  startActor,
  type LiveTimer,
  type NodeSlot,
  type OpenRequest,
  type World,
  type WorldEvent,
} from './world';

interface SavedNode {
  readonly id: NodeId;
  readonly up: boolean;
  readonly durable: unknown;
  readonly timers: Map<string, LiveTimer>;
  /** The machine's snapshot, or its persisted form if it has children; none when down. */
  readonly actor:
    { readonly snapshot: AnyMachineSnapshot } | { readonly persisted: unknown } | null;
}

function saveActor(slot: NodeSlot): SavedNode['actor'] {
  const actor = slot.actor;
  if (!actor) return null;
  const snapshot = actor.getSnapshot() as AnyMachineSnapshot;
  return Object.keys(snapshot.children).length === 0
    ? { snapshot }
    : { persisted: actor.getPersistedSnapshot() };
}

export interface Checkpoint {
  readonly processed: number;
  readonly now: Micros;
  readonly commandIndex: number;
  readonly traceLength: number;
  readonly params: ParamValues;
  readonly rng: Rng;
  readonly queue: EventHeap<WorldEvent>;
  readonly seq: number;
  readonly nextMessage: number;
  readonly nextRequest: number;
  readonly network: NetworkState;
  readonly nodes: readonly SavedNode[];
  readonly inflight: InFlightTable;
  readonly requests: Map<number, OpenRequest>;
  readonly workloadArmed: boolean;
  /** Roughly what keeping it costs (`checkpointBytes`). */
  readonly bytes: number;
}

/**
 * Bytes a checkpoint costs per queued event, timer and message on the wire, measured as
 * Node heap per checkpoint (bench/README.md, "Measurements behind the code").
 */
const BYTES_PER_ENTRY = 64;

/**
 * Roughly what a checkpoint of `world` holds: its copies of the queue, the timer tables
 * and the in-flight table, and the entries they keep alive once the live World has moved
 * on. Pure.
 */
export function checkpointBytes(world: World): number {
  let entries = world.queue.size + world.inflight.size;
  for (const slot of world.nodes.values()) entries += slot.timers.size;
  return BYTES_PER_ENTRY * entries;
}

/** Captures the World. Pure with respect to the World (it is not changed). */
export function saveCheckpoint(world: World): Checkpoint {
  return {
    processed: world.processed,
    now: world.now,
    commandIndex: world.commandIndex,
    traceLength: world.traceLength,
    params: world.params,
    rng: cloneRng(world.rng),
    queue: world.queue.clone(),
    seq: world.seq,
    nextMessage: world.nextMessage,
    nextRequest: world.nextRequest,
    network: world.network,
    nodes: [...world.nodes.values()].map((slot) => ({
      id: slot.id,
      up: slot.up,
      durable: slot.durable,
      timers: new Map(slot.timers),
      actor: saveActor(slot),
    })),
    inflight: world.inflight.clone(),
    requests: new Map(world.requests),
    workloadArmed: world.workloadArmed,
    bytes: checkpointBytes(world),
  };
}

function persistedOf(world: World, saved: SavedNode): unknown {
  if (!saved.actor) return undefined;
  if ('persisted' in saved.actor) return saved.actor.persisted;
  return world.scenario.logic.machine.getPersistedSnapshot(saved.actor.snapshot);
}

/** A new World in the checkpoint's state, sharing `trace` (entries past the cursor are kept). */
export function restoreCheckpoint(world: World, checkpoint: Checkpoint, trace: Trace): World {
  for (const slot of world.nodes.values()) slot.actor?.stop();
  const restored = createWorld(world.scenario, checkpoint.params, world.seed, trace);
  Object.assign(restored, {
    now: checkpoint.now,
    processed: checkpoint.processed,
    commandIndex: checkpoint.commandIndex,
    traceLength: checkpoint.traceLength,
    rng: cloneRng(checkpoint.rng),
    queue: checkpoint.queue.clone(),
    seq: checkpoint.seq,
    nextMessage: checkpoint.nextMessage,
    nextRequest: checkpoint.nextRequest,
    network: checkpoint.network,
    inflight: checkpoint.inflight.clone(),
    requests: new Map(checkpoint.requests),
    workloadArmed: checkpoint.workloadArmed,
  });
  for (const saved of checkpoint.nodes) {
    const slot = restored.nodes.get(saved.id)!;
    slot.up = saved.up;
    slot.durable = saved.durable;
    slot.timers = new Map(saved.timers);
    if (saved.up) startActor(restored, slot, persistedOf(restored, saved));
    else refreshView(slot);
  }
  restored.pending = [];
  return restored;
}
