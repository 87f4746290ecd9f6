/**
 * How node logic plugs into the World. A node's logic is an XState v5 machine. It never
 * touches the network, the clock or randomness: its actions *emit effects* (send a
 * message, set a timer, reply to a client, say something worth narrating), and the World
 * carries them out. Every event the World sends it carries `at`, the virtual time.
 *
 * Events a machine receives:
 * - a message: `{ type: body.type, from, at, body }`
 * - a timer firing: `{ type: 'timer.<name>', key?, at }`
 * - a client request: `{ type: 'client.request', request, op, at }`
 * - a parameter change: `{ type: 'param', name, value, at }`
 */
import type { AnyStateMachine } from 'xstate';
import type { ClientOp } from './commands';
import type { NodeId } from './ids';
import type { ParamValue, ParamValues } from './params';
import type { MessageBody, RequestStatus } from './trace';
import type { Micros } from './time';

/** What the World gives a machine when it starts (first boot and every restart). */
export interface NodeInput {
  readonly id: NodeId;
  readonly peers: readonly NodeId[];
  readonly params: ParamValues;
  /** What the node kept across its last crash; undefined on first boot. */
  readonly durable?: unknown;
}

export type Effect =
  | { readonly type: 'send'; readonly to: NodeId; readonly body: MessageBody }
  | {
      readonly type: 'setTimer';
      readonly name: string;
      readonly key?: string;
      readonly delay: Micros;
      /** Adds a uniformly random extra delay in [0, jitter), drawn from the World's PRNG. */
      readonly jitter?: Micros;
    }
  | { readonly type: 'cancelTimer'; readonly name: string; readonly key?: string }
  | {
      readonly type: 'reply';
      readonly request: number;
      readonly status: RequestStatus;
      readonly value?: unknown;
      readonly reason?: string;
    }
  | { readonly type: 'note'; readonly kind: string; readonly text: string; readonly peer?: NodeId };

export type NodeEvent =
  | {
      readonly type: string;
      readonly from: NodeId;
      readonly at: Micros;
      readonly body: MessageBody;
    }
  | { readonly type: `timer.${string}`; readonly key?: string; readonly at: Micros }
  | {
      readonly type: 'client.request';
      readonly request: number;
      readonly op: ClientOp;
      readonly at: Micros;
    }
  | {
      readonly type: 'param';
      readonly name: string;
      readonly value: ParamValue;
      readonly at: Micros;
    };

export interface NodeLogic {
  /** An XState machine whose input is NodeInput and whose emitted events are Effects. */
  readonly machine: AnyStateMachine;
  /** What survives a crash, taken from the context at the moment of the crash. Pure. */
  durable(context: unknown): unknown;
}

/** Effect constructors, so machines read as what they do. Pure. */
export const effects = {
  send: (to: NodeId, body: MessageBody): Effect => ({ type: 'send', to, body }),
  setTimer: (name: string, delay: Micros, key?: string): Effect =>
    key === undefined ? { type: 'setTimer', name, delay } : { type: 'setTimer', name, key, delay },
  /** A timer with a random extra delay, such as an election timeout. */
  setJitteredTimer: (name: string, delay: Micros, jitter: Micros, key?: string): Effect =>
    key === undefined
      ? { type: 'setTimer', name, delay, jitter }
      : { type: 'setTimer', name, key, delay, jitter },
  reply: (request: number, status: RequestStatus, value?: unknown, reason?: string): Effect => ({
    type: 'reply',
    request,
    status,
    ...(value === undefined ? {} : { value }),
    ...(reason === undefined ? {} : { reason }),
  }),
  cancelTimer: (name: string, key?: string): Effect =>
    key === undefined ? { type: 'cancelTimer', name } : { type: 'cancelTimer', name, key },
  note: (kind: string, text: string, peer?: NodeId): Effect =>
    peer === undefined ? { type: 'note', kind, text } : { type: 'note', kind, text, peer },
};
