/**
 * Test support: a plain-data summary of a Simulation's current state, for checking that
 * two routes to the same instant (a straight run, a seek back and forth, a step back and
 * forward) end in the same World. It is not used by the engine itself.
 *
 * The fingerprint covers everything that decides the future of a run: the clock and
 * counters, the PRNG words, the pending scheduler entries in pop order, the network, every
 * node's machine state, context, durable state and live timers, the messages in flight and
 * the open client requests, plus a hash of the trace up to the cursor. Two Worlds with equal
 * fingerprints replay identically.
 */
import type { NetworkState } from './network';
import type { ParamValues } from './params';
import type { Simulation } from './simulation';
import type { Micros } from './time';
import { hashTrace } from './trace';
import type { InFlight, LiveTimer, OpenRequest, WorldEvent } from './world';

export interface NodeFingerprint {
  readonly id: string;
  readonly up: boolean;
  /** The traced state string the host keeps, and the one in the cached view. */
  readonly hostState: string;
  readonly viewState: string;
  /** JSON of the cached view's context and of the live actor's context; they must agree. */
  readonly viewContext: string;
  readonly actorContext: string;
  readonly durable: string;
  /** Live timers by key (their scheduling and the queued entry that carries them), sorted. */
  readonly timers: readonly (readonly [key: string, timer: LiveTimer])[];
}

export interface WorldFingerprint {
  readonly now: Micros;
  readonly processed: number;
  readonly commandIndex: number;
  readonly traceEnd: number;
  readonly traceHash: string;
  readonly seq: number;
  readonly nextMessage: number;
  readonly nextRequest: number;
  readonly rng: readonly number[];
  readonly params: ParamValues;
  readonly network: NetworkState;
  readonly nodes: readonly NodeFingerprint[];
  readonly inflight: readonly InFlight[];
  readonly requests: readonly (readonly [request: number, open: OpenRequest])[];
  /** Every scheduled event, in the order the scheduler would pop them. */
  readonly queue: readonly WorldEvent[];
}

function json(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

export interface FingerprintOptions {
  /**
   * Whether to hash the trace up to the cursor (default true). Within one Simulation the
   * traced prefix is shared across seeks, so `traceEnd` alone tells two positions apart;
   * skipping the hash saves a pass over hundreds of thousands of entries in long runs.
   */
  readonly hashTrace?: boolean;
}

/**
 * Summarises the Simulation's World as plain data, for `toEqual`. Pure: the World is
 * read, never changed (the scheduler is drained from a clone).
 */
export function worldFingerprint(
  sim: Simulation,
  options: FingerprintOptions = {},
): WorldFingerprint {
  const world = sim.world;
  const queue: WorldEvent[] = [];
  const drained = world.queue.clone();
  for (let item = drained.pop(); item !== undefined; item = drained.pop()) queue.push(item);
  const nodes = [...world.nodes.values()].map((slot): NodeFingerprint => ({
    id: slot.id,
    up: slot.up,
    hostState: slot.state,
    viewState: slot.view.state,
    viewContext: json(slot.view.context),
    actorContext: json((slot.actor?.getSnapshot() as { context?: unknown } | undefined)?.context),
    durable: json(slot.durable),
    timers: [...slot.timers.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
  }));
  return {
    now: world.now,
    processed: world.processed,
    commandIndex: world.commandIndex,
    traceEnd: world.traceLength,
    traceHash: options.hashTrace === false ? 'not hashed' : hashTrace(sim.trace, world.traceLength),
    seq: world.seq,
    nextMessage: world.nextMessage,
    nextRequest: world.nextRequest,
    rng: [world.rng.a, world.rng.b, world.rng.c, world.rng.d],
    params: world.params,
    network: world.network,
    nodes,
    inflight: [...world.inflight.values()].sort((x, y) => x.id - y.id),
    requests: [...world.requests.entries()].sort(([x], [y]) => x - y),
    queue,
  };
}
