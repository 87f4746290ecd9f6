/**
 * A `quorums` node as an XState v5 machine. Every node is at once a replica (it stores
 * the keys the ring gives it) and a coordinator (it serves the client beside it). Its
 * states are what a learner sees: `serving`, or `holdingHints` while it keeps writes for
 * an unreachable replica; the reactions are the pure handlers of coordinator.ts,
 * answers.ts, replica.ts, handoff.ts and antiEntropy.ts, each returning the next context
 * and the effects to emit.
 */
import { not, setup } from 'xstate';
import type { ClientOp } from '@/sim/core/commands';
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect, type NodeInput } from '@/sim/core/node';
import { stepAction } from '@/sim/core/stepAction';
import type { ParamValue } from '@/sim/core/params';
import type { Micros } from '@/sim/core/time';
import { onAeData, onAeDiff, onAeTree, onAntiEntropyTimer } from './antiEntropy';
import { heardFrom, onGetOk, onOpTimer, onPutOk, onStandInTimer } from './answers';
import { onClientRequest } from './coordinator';
import { handoffInterval, holdsHints, onHandoffOk, onHandoffTimer } from './handoff';
import { configOf, initialContext } from './kvContext';
import { stay, type KvContext, type KvMessage, type Step } from './kvTypes';
import { onGet, onHandoff, onPut, onRepair } from './replica';

type MessageEvent = {
  [T in KvMessage['type']]: {
    type: T;
    from: NodeId;
    at: Micros;
    body: Extract<KvMessage, { type: T }>;
  };
}[KvMessage['type']];

export type KvEvent =
  | MessageEvent
  | { type: 'client.request'; request: number; op: ClientOp; at: Micros }
  | { type: 'timer.standIn' | 'timer.op'; key: string; at: Micros }
  | { type: 'timer.handoff' | 'timer.antiEntropy'; at: Micros }
  | { type: 'param'; name: string; value: ParamValue; at: Micros };

/** A message: first note that its sender is reachable, then handle it. Pure. */
function onMessage(context: KvContext, event: MessageEvent): Step {
  const heard = heardFrom(context, event.from);
  const { from, body } = event;
  switch (body.type) {
    case 'put':
      return onPut(heard, from, body);
    case 'putOk':
      return onPutOk(heard, from, body.op);
    case 'get':
      return onGet(heard, from, body);
    case 'getOk':
      return onGetOk(heard, from, body.op, body.versions);
    case 'repair':
      return onRepair(heard, body);
    case 'handoff':
      return onHandoff(heard, from, body);
    case 'handoffOk':
      return onHandoffOk(heard, from, body);
    case 'aeTree':
      return onAeTree(heard, from, body);
    case 'aeDiff':
      return onAeDiff(heard, from, body);
    case 'aeData':
      return onAeData(heard, body);
    default:
      return stay(heard);
  }
}

/** Every event a node reacts to, to its handler. Pure. */
export function handleEvent(context: KvContext, event: KvEvent): Step {
  switch (event.type) {
    case 'client.request':
      return onClientRequest(context, event.request, event.op, event.at);
    case 'timer.standIn':
      return onStandInTimer(context, event.key, event.at);
    case 'timer.op':
      return onOpTimer(context, event.key, event.at);
    case 'timer.handoff':
      return onHandoffTimer(context);
    case 'timer.antiEntropy':
      return onAntiEntropyTimer(context);
    case 'param': {
      const params = { ...context.params, [event.name]: event.value };
      return stay({ ...context, params, config: configOf(params) });
    }
    default:
      return onMessage(context, event);
  }
}

/** The timers every node runs from boot: handoff tries, and anti-entropy spread over an interval. */
export function bootEffects(context: KvContext): Effect[] {
  const interval = context.config.aeInterval;
  return [
    effects.setTimer('handoff', handoffInterval(context)),
    effects.setJitteredTimer('antiEntropy', interval, interval),
  ];
}

const react = stepAction<KvContext, KvEvent>(handleEvent);
const boot = stepAction<KvContext, KvEvent>((context) => stay(context, bootEffects(context)));

export const kvMachine = setup({
  types: {
    context: {} as KvContext,
    input: {} as NodeInput,
    events: {} as KvEvent,
    emitted: {} as Effect,
  },
  guards: {
    holdsHints: ({ context }) => holdsHints(context),
  },
  actions: { react, boot },
}).createMachine({
  id: 'quorums',
  context: ({ input }) => initialContext(input),
  entry: 'boot',
  initial: 'serving',
  states: {
    serving: { always: { guard: 'holdsHints', target: 'holdingHints' } },
    holdingHints: { always: { guard: not('holdsHints'), target: 'serving' } },
  },
  on: { '*': { actions: 'react' } },
});
