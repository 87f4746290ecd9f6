/**
 * The World: the complete state of one simulated run at one virtual instant. It owns the
 * PRNG, the scheduler, the network, the nodes and the trace cursor.
 *
 * The World is stepped imperatively for speed, but everything a renderer reads from it
 * is immutable: trace entries, in-flight messages, the network state and node views are
 * replaced, never edited.
 */
import { createActor, type AnyActor } from 'xstate';
import { EventHeap, type Timed } from './heap';
import { InFlightTable, type InFlight } from './inflight';
import type { NodeId } from './ids';
import { createNetwork, type NetworkState } from './network';
import type { Effect, NodeInput } from './node';
import type { ParamValues } from './params';
import { createRng, type Rng } from './rng';
import type { NodeView, Scenario } from './scenario';
import type { Micros } from './time';
import type { TraceEntry } from './trace';
import { Trace } from './traceStore';

export type { InFlight };

/** Events the scheduler holds, each with its time and seq. Commands are kept apart, in the command log. */
export type WorldEvent =
  | InFlight
  | (Timed & {
      readonly type: 'timer';
      readonly node: NodeId;
      readonly name: string;
      readonly key?: string;
    })
  | (Timed & { readonly type: 'clientTimeout'; readonly request: number })
  | (Timed & { readonly type: 'workload' });

/**
 * A node's live timer: it fires at `time`, and the scheduler entry `queuedSeq` (due at
 * `queuedTime`, no later) fires it or, if it was re-armed since, moves it on. A timer
 * re-armed before it fires (every heartbeat re-arms a failure detector's suspicion timer)
 * so needs no new scheduler entry: the queue holds about one entry per live timer rather
 * than one per re-arming.
 */
export interface LiveTimer {
  readonly seq: number;
  readonly time: Micros;
  readonly queuedSeq: number;
  readonly queuedTime: Micros;
}

export interface NodeSlot {
  readonly id: NodeId;
  up: boolean;
  actor: AnyActor | null;
  durable: unknown;
  /** timer key → the live scheduling; entries of older schedulings are stale. */
  timers: Map<string, LiveTimer>;
  /** Machine state value as a string, to detect and trace state changes. */
  state: string;
  /** Cached view, replaced when the actor's snapshot changes. */
  view: NodeView;
}

export interface OpenRequest {
  readonly node: NodeId;
  /** The client that issued it; a client waits for one request at a time. */
  readonly client: number;
  readonly invokedAt: Micros;
}

export interface World {
  readonly scenario: Scenario;
  readonly seed: number;
  params: ParamValues;
  readonly nodeIds: readonly NodeId[];
  now: Micros;
  rng: Rng;
  queue: EventHeap<WorldEvent>;
  /** Next scheduling sequence number; ties in time run in this order. */
  seq: number;
  nextMessage: number;
  nextRequest: number;
  network: NetworkState;
  nodes: Map<NodeId, NodeSlot>;
  inflight: InFlightTable;
  requests: Map<number, OpenRequest>;
  /** Whether a workload tick is scheduled. */
  workloadArmed: boolean;
  /** Events processed so far (commands included): the World's position in the run. */
  processed: number;
  /** Commands of the log applied so far. */
  commandIndex: number;
  /** The shared trace. Entries past `traceLength` are a known future (after a seek back). */
  trace: Trace;
  traceLength: number;
  /** Effects emitted by the actor currently being stepped. */
  pending: Effect[];
}

/**
 * Moves the trace cursor past one entry; true when the entry must be written (the cursor
 * was at the end), false when replaying a stretch already traced.
 */
export function advanceTrace(world: World): boolean {
  const live = world.traceLength === world.trace.length;
  world.traceLength++;
  return live;
}

/** Appends to the trace, or, when replaying a stretch already traced, just moves the cursor. */
export function record(world: World, entry: TraceEntry): void {
  if (advanceTrace(world)) world.trace.push(entry);
}

function stateString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Rebuilds the cached view of a node from its actor. */
export function refreshView(slot: NodeSlot): void {
  const snapshot = slot.actor?.getSnapshot() as { value: unknown; context: unknown } | undefined;
  slot.view = {
    id: slot.id,
    up: slot.up,
    state: snapshot ? stateString(snapshot.value) : '',
    context: snapshot?.context,
    durable: slot.durable,
  };
}

/** Starts a node's actor, from its input or from a persisted snapshot (checkpoint restore). */
export function startActor(world: World, slot: NodeSlot, persisted?: unknown): void {
  const input: NodeInput = {
    id: slot.id,
    peers: world.nodeIds.filter((id) => id !== slot.id),
    params: world.params,
    durable: slot.durable,
  };
  const actor = createActor(world.scenario.logic.machine, {
    input,
    ...(persisted === undefined ? {} : { snapshot: persisted as never }),
  });
  actor.on('*', (effect) => world.pending.push(effect as unknown as Effect));
  slot.actor = actor;
  actor.start();
  const snapshot = actor.getSnapshot() as { value: unknown };
  slot.state = stateString(snapshot.value);
  refreshView(slot);
}

/** A fresh World at time zero whose nodes have not booted yet (see bootWorld). */
export function createWorld(
  scenario: Scenario,
  params: ParamValues,
  seed: number,
  trace: Trace = new Trace(),
): World {
  const nodeIds = scenario.nodes(params);
  const world: World = {
    scenario,
    seed,
    params,
    nodeIds,
    now: 0,
    rng: createRng(seed),
    queue: new EventHeap(),
    seq: 0,
    nextMessage: 1,
    nextRequest: 1,
    network: createNetwork(scenario.network(params)),
    nodes: new Map(),
    inflight: new InFlightTable(),
    requests: new Map(),
    workloadArmed: false,
    processed: 0,
    commandIndex: 0,
    trace,
    traceLength: 0,
    pending: [],
  };
  for (const id of nodeIds) {
    const slot: NodeSlot = {
      id,
      up: true,
      actor: null,
      durable: undefined,
      timers: new Map(),
      state: '',
      view: { id, up: true, state: '', context: undefined, durable: undefined },
    };
    world.nodes.set(id, slot);
  }
  return world;
}
