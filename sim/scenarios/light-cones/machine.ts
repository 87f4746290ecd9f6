/**
 * The node of `light-cones`, as an XState v5 machine, in the pattern of the failure
 * detector: the machine decides and emits effects; it never reads a clock, and each event
 * carries its virtual time in `at`.
 *
 * The two shooters fire on a timer set at boot, as a reflex: a shooter that has already
 * heard the other shot still fires, but its shot then happens after the other's (it is in
 * the other's light cone). Firing means telling every node "I fired", and listing the
 * shots the shooter had heard of by then. Observers only listen. Every node keeps the
 * order in which it learned of the shots; the machine's state is that order.
 */
import { enqueueActions, setup } from 'xstate';
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect, type NodeInput } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import {
  fireTime,
  latencyBetween,
  otherShooter,
  roleOf,
  SHOOTER_NODE,
  SHOOTERS,
  type Role,
  type Shooter,
} from './geometry';
import { firstShot, knowsBoth, learnShot, NOTHING_KNOWN, type Knowledge } from './knowledge';
import { firedNote, firstNewsNote, heardNote, lateNote, observedNote } from './notes';
import { STATE } from './states';

export type { Order } from './knowledge';

export interface VisibilityContext extends Knowledge {
  readonly id: NodeId;
  readonly role: Role;
  readonly peers: readonly NodeId[];
  /** How long a message takes from each shooter to this node (0 from itself). */
  readonly distanceTo: Readonly<Record<Shooter, Micros>>;
  /**
   * When this shooter's reflex is due, from boot. Undefined for observers and after a
   * restart: a shooter's moment passes while it is down, so a restarted one never fires.
   */
  readonly firesAt?: Micros;
  /** When this shooter fired; undefined for observers and before the shot. */
  readonly firedAt?: Micros;
}

/** What a shooter keeps across a crash: whether, and when, it fired. */
export interface VisibilityDurable {
  readonly firedAt?: Micros;
}

/** "I fired", with the shots the sender had already heard of: its causal past. */
export interface FiredBody {
  readonly type: 'fired';
  readonly shooter: Shooter;
  readonly knew: readonly Shooter[];
  readonly [field: string]: unknown;
}

type VisibilityEvent =
  | { type: 'fired'; from: NodeId; at: Micros; body: FiredBody }
  | { type: 'timer.fire'; at: Micros }
  | { type: 'param'; name: string; value: number | string; at: Micros };

function initialContext(input: NodeInput): VisibilityContext {
  const role = roleOf(input.id);
  const durable = input.durable as VisibilityDurable | undefined;
  const distanceTo = {
    soldier: input.id === SHOOTER_NODE.soldier ? 0 : latencyBetween(input.id, 'n1', input.params),
    sniper: input.id === SHOOTER_NODE.sniper ? 0 : latencyBetween(input.id, 'n2', input.params),
  };
  const base = { id: input.id, role, peers: input.peers, distanceTo };
  if (role === 'observer') return { ...base, ...NOTHING_KNOWN };
  if (input.durable === undefined)
    return { ...base, ...NOTHING_KNOWN, firesAt: fireTime(role, input.params) };
  // A restarted shooter remembers its own shot (it is durable) and nothing else.
  if (durable?.firedAt === undefined) return { ...base, ...NOTHING_KNOWN };
  const knowledge = learnShot(NOTHING_KNOWN, role, [], input.id, durable.firedAt);
  return { ...base, ...knowledge, firedAt: durable.firedAt };
}

export const visibilityMachine = setup({
  types: {
    context: {} as VisibilityContext,
    input: {} as NodeInput,
    events: {} as VisibilityEvent,
    emitted: {} as Effect,
  },
  guards: {
    putsSoldierFirst: ({ context }) => context.order === 'soldier-first',
    putsSniperFirst: ({ context }) => context.order === 'sniper-first',
    heardBothAtOnce: ({ context }) => context.order === 'undecided' && knowsBoth(context),
  },
}).createMachine({
  id: 'light-cones',
  context: ({ input }) => initialContext(input),
  // Nodes boot at time 0, so the delay is the firing time itself.
  entry: enqueueActions(({ context, enqueue }) => {
    if (context.firesAt !== undefined) enqueue.emit(effects.setTimer('fire', context.firesAt));
  }),
  // The states are named in plain words: the trace, and so the space-time diagram, shows
  // them as they are ("has heard nothing → puts the soldier's shot first").
  initial: STATE.nothing,
  states: {
    [STATE.nothing]: {
      always: [
        { guard: 'putsSoldierFirst', target: STATE.soldierFirst },
        { guard: 'putsSniperFirst', target: STATE.sniperFirst },
        { guard: 'heardBothAtOnce', target: STATE.tie },
      ],
    },
    [STATE.soldierFirst]: { always: { guard: 'heardBothAtOnce', target: STATE.tie } },
    [STATE.sniperFirst]: { always: { guard: 'heardBothAtOnce', target: STATE.tie } },
    [STATE.tie]: {},
  },
  on: {
    'timer.fire': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (context.role === 'observer') return;
        const shooter = context.role;
        const knew = SHOOTERS.filter((s) => s !== shooter && context.seen[s] !== undefined);
        const knowledge = learnShot(context, shooter, knew, context.id, event.at);
        enqueue.assign({ ...knowledge, firedAt: event.at });
        for (const peer of context.peers)
          enqueue.emit(effects.send(peer, { type: 'fired', shooter, knew }));
        const peer = SHOOTER_NODE[otherShooter(shooter)];
        enqueue.emit(effects.note('fire', firedNote(context.id, shooter, context, event.at), peer));
      }),
    },
    fired: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const { shooter, knew } = event.body;
        const knowledge = learnShot(context, shooter, knew, event.from, event.at);
        if (knowledge === context) {
          // A shooter's own message, overtaken by news of its shot relayed through another.
          const heard = context.seen[shooter];
          if (event.from === SHOOTER_NODE[shooter] && context.via[shooter] !== event.from)
            enqueue.emit(
              effects.note(
                'late',
                lateNote(context.id, shooter, context.via[shooter]!, event.at - heard!),
                event.from,
              ),
            );
          return;
        }
        enqueue.assign(knowledge);
        if (context.role !== 'observer' && context.firedAt !== undefined) {
          const text = heardNote(
            context.id,
            context.role,
            context.firedAt,
            knew.includes(context.role),
            event.at,
          );
          enqueue.emit(effects.note('heard', text, SHOOTER_NODE[shooter]));
        } else if (context.role === 'observer' && !knowsBoth(knowledge)) {
          enqueue.emit(effects.note('news', firstNewsNote(context.id, shooter), event.from));
        } else if (context.role === 'observer') {
          const text = observedNote(context.id, knowledge, shooter, event.from, event.at);
          // The peer is the shooter this node saw first; a tie has none.
          const first = firstShot(knowledge.order);
          enqueue.emit(
            effects.note('saw', text, first === undefined ? undefined : SHOOTER_NODE[first]),
          );
        }
      }),
    },
  },
});
