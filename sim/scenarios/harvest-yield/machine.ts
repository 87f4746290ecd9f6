/**
 * The one XState machine every node of `harvest-yield` runs. Its first state picks the
 * role from the node's id: `fe` becomes the front end, n1…nM become machines, which are
 * `idle` or `busy`. The logic is in pure step functions (frontEnd.ts, server.ts); the
 * machine holds their state and emits their effects, so the graph shows the roles and
 * a machine's two states, and the step functions can be tested on their own.
 */
import { enqueueActions, setup } from 'xstate';
import type { NodeId } from '@/sim/core/ids';
import type { ClientOp } from '@/sim/core/commands';
import { type Effect, type NodeInput } from '@/sim/core/node';
import type { ParamValue } from '@/sim/core/params';
import type { Micros } from '@/sim/core/time';
import {
  bootFrontEnd,
  changeSetting,
  checkMachines,
  deadlinePassed,
  receiveHeartbeat,
  receivePart,
  receiveQuery,
  startFrontEnd,
  type FrontEndState,
} from './frontEnd';
import { FRONT_END, machineIds } from './params';
import {
  bootServer,
  changeServerSetting,
  COST_STEPS,
  finishServing,
  heartbeat,
  receiveSubquery,
  startServer,
  type ServerState,
} from './server';

export interface HarvestContext {
  readonly id: NodeId;
  readonly frontEnd: FrontEndState | null;
  readonly server: ServerState | null;
}

type Body = { readonly type: string; readonly q?: number; readonly cost?: number };
type HarvestEvent =
  | { type: 'client.request'; request: number; op: ClientOp; at: Micros }
  | { type: 'query' | 'answer' | 'refuse' | 'heartbeat'; from: NodeId; at: Micros; body: Body }
  | { type: 'timer.check' | 'timer.serve' | 'timer.heartbeat'; at: Micros }
  | { type: 'timer.deadline'; key: string; at: Micros }
  | { type: 'param'; name: string; value: ParamValue; at: Micros };

/** The seed a query carries for its replica choices (any number; 0 when absent). Pure. */
function seedOf(op: ClientOp): number {
  return typeof op.value === 'number' ? op.value : 0;
}

export const harvestMachine = setup({
  types: {
    context: {} as HarvestContext,
    input: {} as NodeInput,
    events: {} as HarvestEvent,
    emitted: {} as Effect,
  },
  actions: {
    /** Runs the front end's step for the event, keeps its state, emits its effects. */
    frontEnd: enqueueActions(({ context, event, enqueue }) => {
      const state = context.frontEnd;
      if (!state) return;
      let step: readonly [FrontEndState, readonly Effect[]];
      switch (event.type) {
        case 'client.request':
          step = receiveQuery(state, event.request, seedOf(event.op), event.at);
          break;
        case 'answer':
        case 'refuse':
          step = receivePart(
            state,
            event.from,
            event.body.q ?? -1,
            event.type === 'answer',
            event.at,
          );
          break;
        case 'heartbeat':
          step = receiveHeartbeat(state, event.from, event.at);
          break;
        case 'timer.check':
          step = checkMachines(state, event.at);
          break;
        case 'timer.deadline':
          step = deadlinePassed(state, Number(event.key));
          break;
        case 'param':
          step = [changeSetting(state, event.name, event.value), []];
          break;
        default:
          return;
      }
      if (step[0] !== state) enqueue.assign({ frontEnd: step[0] });
      for (const effect of step[1]) enqueue.emit(effect);
    }),
    /** The same for a machine. */
    server: enqueueActions(({ context, event, enqueue }) => {
      const state = context.server;
      if (!state) return;
      let step: readonly [ServerState, readonly Effect[]];
      if (event.type === 'query')
        step = receiveSubquery(state, event.body.q ?? -1, event.body.cost ?? COST_STEPS / 2);
      else if (event.type === 'timer.serve') step = finishServing(state);
      else if (event.type === 'timer.heartbeat') step = [state, heartbeat()];
      else if (event.type === 'param')
        step = [changeServerSetting(state, event.name, event.value), []];
      else return;
      if (step[0] !== state) enqueue.assign({ server: step[0] });
      for (const effect of step[1]) enqueue.emit(effect);
    }),
  },
  guards: {
    isFrontEnd: ({ context }) => context.id === FRONT_END,
    /** The query just served was the last one waiting. */
    nothingWaiting: ({ context }) => (context.server?.waiting.length ?? 0) === 0,
  },
}).createMachine({
  id: 'harvest-yield',
  context: ({ input }) =>
    input.id === FRONT_END
      ? {
          id: input.id,
          frontEnd: startFrontEnd(input.params, machineIds(input.params)),
          server: null,
        }
      : { id: input.id, frontEnd: null, server: startServer(input.params, input.id) },
  entry: enqueueActions(({ context, enqueue }) => {
    const first = context.server ? bootServer(context.server) : bootFrontEnd();
    for (const effect of first) enqueue.emit(effect);
  }),
  initial: 'boot',
  states: {
    boot: { always: [{ guard: 'isFrontEnd', target: 'frontEnd' }, { target: 'idle' }] },
    frontEnd: { on: { '*': { actions: 'frontEnd' } } },
    idle: {
      on: {
        query: { target: 'busy', actions: 'server' },
        '*': { actions: 'server' },
      },
    },
    busy: {
      on: {
        'timer.serve': [
          { guard: 'nothingWaiting', target: 'idle', actions: 'server' },
          { actions: 'server' },
        ],
        '*': { actions: 'server' },
      },
    },
  },
});
