/**
 * A machine's logic as pure functions of its state. It serves one query at a time, from
 * a first-in-first-out queue. A query takes between half and one and a half times
 * 1/capacity: its cost on this partition, which the front end sends with it (drawn from
 * the query's own random number), so machines draw nothing from the World's PRNG and two
 * layouts run from one seed see the same queries arrive at the same instants. With
 * bounded queues a machine holding `limit` queries refuses the next at once: back
 * pressure.
 */
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import { typedParams, type ParamValue, type ParamValues } from '@/sim/core/params';
import { EMPTY_FIFO, peekFifo, popFifo, pushFifo, type Fifo } from './fifo';
import { FRONT_END, layoutOf, MAX_MACHINES, partitionOf, serviceMean } from './params';
import { HEARTBEAT, HEARTBEAT_BODY } from './timing';
import { harvestYieldParams } from './params';

export interface ServerState {
  /** 0-based position among the machines. */
  readonly index: number;
  readonly partition: number;
  readonly capacity: number;
  readonly queue: 'bounded' | 'unbounded';
  readonly limit: number;
  /** The job being served (see `job`), or -1 when idle. */
  readonly serving: number;
  /** Jobs waiting behind it. */
  readonly waiting: Fifo;
  readonly served: number;
  readonly refused: number;
}

export type ServerStep = readonly [ServerState, readonly Effect[]];

/** A fresh machine with an empty queue. Pure. */
export function startServer(params: ParamValues, id: NodeId): ServerState {
  const index = Number(id.slice(1)) - 1;
  return {
    index,
    partition: partitionOf(layoutOf(params), index),
    capacity: typedParams(harvestYieldParams, params).capacity,
    queue: params.queue === 'unbounded' ? 'unbounded' : 'bounded',
    limit: typedParams(harvestYieldParams, params).limit,
    serving: -1,
    waiting: EMPTY_FIFO,
    served: 0,
    refused: 0,
  };
}

/** What a machine does when it boots: its first heartbeat, staggered by position. Pure. */
export function bootServer(state: ServerState): readonly Effect[] {
  const phase = Math.round((HEARTBEAT * (state.index + 1)) / (MAX_MACHINES + 1));
  return [effects.setTimer('heartbeat', Math.max(1, phase))];
}

/** Queries the machine holds, the one in service included. Pure. */
export function heldBy(state: ServerState): number {
  return state.waiting.length + (state.serving >= 0 ? 1 : 0);
}

/** Costs run from 0 to COST_STEPS - 1: half to one and a half times the mean service time. */
export const COST_STEPS = 1000;

/** A queued job: a query and its cost, packed into one number for the Fifo. Pure. */
export function job(q: number, cost: number): number {
  return q * COST_STEPS + Math.min(COST_STEPS - 1, Math.max(0, Math.floor(cost)));
}

function serve(state: ServerState, next: number): Effect {
  const mean = serviceMean(state.capacity);
  const cost = next % COST_STEPS;
  return effects.setTimer('serve', Math.max(1, Math.round(mean * (0.5 + cost / COST_STEPS))));
}

/** A sub-query arrives: serve it, queue it, or refuse it. Pure. */
export function receiveSubquery(state: ServerState, q: number, cost: number): ServerStep {
  const next = job(q, cost);
  if (state.serving < 0) return [{ ...state, serving: next }, [serve(state, next)]];
  if (state.queue === 'bounded' && heldBy(state) >= state.limit)
    return [
      { ...state, refused: state.refused + 1 },
      [effects.send(FRONT_END, { type: 'refuse', q })],
    ];
  return [{ ...state, waiting: pushFifo(state.waiting, next) }, []];
}

/** The query in service is done: answer it and start the next. Pure. */
export function finishServing(state: ServerState): ServerStep {
  const q = Math.floor(state.serving / COST_STEPS);
  const answer = effects.send(FRONT_END, { type: 'answer', q });
  const next = peekFifo(state.waiting);
  const served = state.served + 1;
  if (next === undefined) return [{ ...state, serving: -1, served }, [answer]];
  const after = { ...state, serving: next, waiting: popFifo(state.waiting), served };
  return [after, [answer, serve(after, next)]];
}

/** Time to tell the front end this machine is up. Pure. */
export function heartbeat(): readonly Effect[] {
  return [effects.send(FRONT_END, HEARTBEAT_BODY), effects.setTimer('heartbeat', HEARTBEAT)];
}

/** A live parameter change. Pure. */
export function changeServerSetting(
  state: ServerState,
  name: string,
  value: ParamValue,
): ServerState {
  if (name === 'capacity') return { ...state, capacity: Number(value) };
  if (name === 'limit') return { ...state, limit: Number(value) };
  if (name === 'queue') return { ...state, queue: value === 'unbounded' ? 'unbounded' : 'bounded' };
  return state;
}
