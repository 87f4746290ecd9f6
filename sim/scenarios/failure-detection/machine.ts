/**
 * The failure-detector node, as an XState v5 machine. This is the pattern every scenario
 * copies: the machine decides, and emits effects (send, set timer, note) that the World
 * carries out. It never reads a clock; each event carries its virtual time in `at`.
 *
 * Each node heartbeats every peer every `heartbeat` µs. For each peer it keeps a timer of
 * `timeout` µs, re-armed by every heartbeat from that peer. When the timer fires the node
 * suspects the peer; a later heartbeat withdraws the suspicion. Nothing here can tell a
 * crashed peer from a cut-off or merely slow one: all three just go quiet.
 */
import { assign, emit, enqueueActions, setup } from 'xstate';
import { effects, type Effect, type NodeInput } from '@/sim/core/node';
import type { NodeId } from '@/sim/core/ids';
import type { Micros } from '@/sim/core/time';

export interface DetectorContext {
  readonly id: NodeId;
  readonly peers: readonly NodeId[];
  readonly heartbeat: Micros;
  readonly timeout: Micros;
  /** Boot count; durable, so a restarted node announces a new incarnation. */
  readonly incarnation: number;
  /**
   * When each peer was last heard from, by position in `peers`; NEVER_HEARD until then.
   * An array, not a record keyed by id: a heartbeat copies it, and copying 99 numbers is
   * much cheaper than copying a 99-key object (the cost that grew with cluster size).
   */
  readonly lastHeard: readonly Micros[];
  /** The latest incarnation heard from each peer (changes only on a restart). */
  readonly peerIncarnation: Readonly<Record<NodeId, number>>;
  readonly suspected: readonly NodeId[];
}

/** `lastHeard` of a peer never heard from. */
export const NEVER_HEARD = -1;

/** When `peer` was last heard from, or undefined if never. Pure. */
export function lastHeardFrom(context: DetectorContext, peer: NodeId): Micros | undefined {
  const at = context.lastHeard[context.peers.indexOf(peer)];
  return at === undefined || at === NEVER_HEARD ? undefined : at;
}

export interface DetectorDurable {
  readonly incarnation: number;
}

type HeartbeatEvent = {
  type: 'heartbeat';
  from: NodeId;
  at: Micros;
  body: { type: 'heartbeat'; incarnation: number };
};
type DetectorEvent =
  | HeartbeatEvent
  | { type: 'timer.heartbeat'; at: Micros }
  | { type: 'timer.suspect'; key: NodeId; at: Micros }
  | { type: 'param'; name: string; value: number | string; at: Micros };

/** `lastHeard` with `peer` heard at `at`: a copy, as snapshots are shared. Pure. */
function heard(context: DetectorContext, peer: NodeId, at: Micros): Micros[] {
  const lastHeard = context.lastHeard.slice();
  lastHeard[context.peers.indexOf(peer)] = at;
  return lastHeard;
}

export const detectorMachine = setup({
  types: {
    context: {} as DetectorContext,
    input: {} as NodeInput,
    events: {} as DetectorEvent,
    emitted: {} as Effect,
  },
  actions: {
    /** A heartbeat in general: notes a restart or renewed trust, then records it. */
    hearFrom: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'heartbeat') return;
      const peer = event.from;
      const known = context.peerIncarnation[peer];
      if (known !== undefined && event.body.incarnation > known) {
        enqueue.emit(
          effects.note('restart-seen', `${context.id} sees that ${peer} restarted`, peer),
        );
      }
      if (context.suspected.includes(peer)) {
        enqueue.emit(effects.note('trust', `${context.id} trusts ${peer} again`, peer));
      }
      // Only what changed is copied: peerIncarnation changes once per peer and restart,
      // suspected only when the peer was suspected.
      const lastHeard = heard(context, peer, event.at);
      const incarnation = event.body.incarnation;
      enqueue.assign({
        lastHeard,
        ...(known === incarnation
          ? {}
          : { peerIncarnation: { ...context.peerIncarnation, [peer]: incarnation } }),
        ...(context.suspected.includes(peer)
          ? { suspected: context.suspected.filter((id) => id !== peer) }
          : {}),
      });
      enqueue.emit(effects.setTimer('suspect', context.timeout, peer));
    }),
  },
  guards: {
    /** The usual heartbeat: a known incarnation, from a peer not suspected. */
    routine: ({ context, event }) =>
      event.type === 'heartbeat' &&
      context.peerIncarnation[event.from] === event.body.incarnation &&
      !context.suspected.includes(event.from),
    /** A heartbeat from the only suspected peer: the node trusts everyone again. */
    clearsSuspicion: ({ context, event }) =>
      event.type === 'heartbeat' &&
      context.suspected.length === 1 &&
      context.suspected[0] === event.from,
  },
}).createMachine({
  id: 'failure-detection',
  context: ({ input }) => ({
    id: input.id,
    peers: input.peers,
    heartbeat: Number(input.params.heartbeat),
    timeout: Number(input.params.timeout),
    incarnation: ((input.durable as DetectorDurable | undefined)?.incarnation ?? 0) + 1,
    lastHeard: input.peers.map(() => NEVER_HEARD),
    peerIncarnation: {},
    suspected: [],
  }),
  // Boot: stagger the first heartbeat by node position so the cluster does not pulse in
  // lockstep, and start every peer's clock from now.
  entry: enqueueActions(({ context, enqueue }) => {
    const position = context.peers.filter((peer) => peer < context.id).length;
    const phase = Math.round((context.heartbeat * position) / (context.peers.length + 1));
    enqueue.emit(effects.setTimer('heartbeat', Math.max(1, phase)));
    for (const peer of context.peers)
      enqueue.emit(effects.setTimer('suspect', context.timeout, peer));
  }),
  initial: 'trusting',
  // Trusting while `suspected` is empty, suspecting otherwise: the transitions that change
  // `suspected` say where they go, so no eventless check runs after every event.
  states: { trusting: {}, suspecting: {} },
  on: {
    'timer.heartbeat': {
      actions: enqueueActions(({ context, enqueue }) => {
        // One body for the whole round: messages are immutable, so they can share it.
        const body = { type: 'heartbeat', incarnation: context.incarnation };
        for (const peer of context.peers) enqueue.emit(effects.send(peer, body));
        enqueue.emit(effects.setTimer('heartbeat', context.heartbeat));
      }),
    },
    heartbeat: [
      {
        // Most heartbeats only move the peer's clock: no notes, no other copies.
        guard: 'routine',
        actions: [
          assign({
            lastHeard: ({ context, event }) => heard(context, event.from, event.at),
          }),
          emit(({ context, event }) => effects.setTimer('suspect', context.timeout, event.from)),
        ],
      },
      { guard: 'clearsSuspicion', target: '.trusting', actions: 'hearFrom' },
      { actions: 'hearFrom' },
    ],
    'timer.suspect': {
      target: '.suspecting',
      actions: [
        emit(({ context, event }) =>
          effects.note('suspect', `${context.id} suspects ${event.key}`, event.key),
        ),
        assign({ suspected: ({ context, event }) => [...context.suspected, event.key].sort() }),
      ],
    },
    param: {
      actions: assign(({ context, event }) => {
        if (event.name === 'heartbeat') return { heartbeat: Number(event.value) };
        if (event.name === 'timeout') return { timeout: Number(event.value) };
        return context;
      }),
    },
  },
});
