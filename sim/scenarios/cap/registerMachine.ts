/**
 * The replica of the `cap` scenario, as one XState v5 machine for all modes.
 * Its states are the roles a learner sees: `replica` in the AP modes, and Raft's
 * `follower`, `candidate` and `leader` when any key is CP (Ongaro & Ousterhout 2014,
 * Figure 4). Each role lists the events it reacts to; the reactions are pure handlers
 * (cp*.ts, apReplica.ts) that return the next context and the effects to emit.
 *
 * The role itself lives in the context, set by those handlers, and the states follow it
 * through `always` transitions, as the failure detector's trusting/suspecting do. So a
 * step down caused by any message in any role (a newer term is news in every message)
 * lands in `follower` without every state listing every cause.
 *
 * `mixed` runs both behaviours in this one machine: client requests are routed by key
 * (x to Raft, the rest to the AP store), and AP messages are handled in every state.
 */
import { setup } from 'xstate';
import { effects, type Effect, type NodeInput } from '@/sim/core/node';
import { stepAction } from '@/sim/core/stepAction';
import { onApRequest, onGossip, onGossipTimer, onReplicate, sessionClient } from './apReplica';
import { checkQuorum, onRequestVote, onRequestVoteOk, startPreVote } from './cpElection';
import { broadcastAppend, onAppendEntries, onAppendEntriesOk } from './cpReplication';
import type { CpRole } from './cpState';
import { onCpRequest, onForward, onForwardOk } from './cpRequests';
import { adoptTerm } from './cpTerms';
import { bootEffects, type RegisterEvent } from './registerEvents';
import { initialContext } from './registerContext';
import {
  behaviourOf,
  parseOp,
  runsConsensus,
  stay,
  type RegisterContext,
  type Step,
} from './registerTypes';
import { timingFor } from './timing';

type Handler = (context: RegisterContext, event: RegisterEvent) => Step;

/** Runs a pure handler as an XState action: assign its context, emit its effects. */
function act(handler: Handler) {
  return stepAction<RegisterContext, RegisterEvent>(handler);
}

/** A handler for one event type; any other event changes nothing. */
function on<T extends RegisterEvent['type']>(
  type: T,
  handler: (context: RegisterContext, event: Extract<RegisterEvent, { type: T }>) => Step,
): Handler {
  return (context, event) =>
    event.type === type
      ? handler(context, event as Extract<RegisterEvent, { type: T }>)
      : stay(context);
}

/** A message that matters in this role only for its term (a late vote, a stale ack). */
const observeTerm: Handler = (context, event) =>
  'body' in event && 'term' in event.body ? adoptTerm(context, event.body.term) : stay(context);

/** A client request: refused if malformed, else served by the behaviour that owns its key. */
const routeRequest = on('client.request', (context, event) => {
  const op = parseOp(event.op);
  if (typeof op === 'string')
    return stay(context, [effects.reply(event.request, 'fail', undefined, op)]);
  if (behaviourOf(context.mode, op.key) === 'cp')
    return onCpRequest(context, event.request, op, event.at);
  return onApRequest(context, event.request, op, event.at, sessionClient(event.op, context.id));
});

const applyParam = on('param', (context, event) =>
  event.name === 'mean'
    ? stay({ ...context, timing: timingFor(Number(event.value)) })
    : stay(context),
);

/** Follow the role the handlers set: leave this state for the role's state. */
function followRole(here: CpRole) {
  return (['follower', 'candidate', 'leader'] as const)
    .filter((role) => role !== here)
    .map((role) => ({ guard: { type: 'hasRole' as const, params: { role } }, target: role }));
}

/** What every Raft role does with votes asked, entries sent, and requests passed along. */
const raftCommon = {
  requestVote: { actions: 'considerVote' },
  appendEntries: { actions: 'acceptEntries' },
  forward: { actions: 'serveForward' },
  forwardOk: { actions: 'relayAnswer' },
} as const;

export const registerMachine = setup({
  types: {
    context: {} as RegisterContext,
    input: {} as NodeInput,
    events: {} as RegisterEvent,
    emitted: {} as Effect,
  },
  guards: {
    runsConsensus: ({ context }) => runsConsensus(context.mode),
    hasRole: ({ context }, params: { role: CpRole }) => context.cp.role === params.role,
  },
  actions: {
    boot: act((context) => stay(context, bootEffects(context))),
    standForElection: act((context) => startPreVote(context)),
    considerVote: act(on('requestVote', (c, e) => onRequestVote(c, e.from, e.body, e.at))),
    countVote: act(on('requestVoteOk', (c, e) => onRequestVoteOk(c, e.from, e.body))),
    acceptEntries: act(on('appendEntries', (c, e) => onAppendEntries(c, e.from, e.body, e.at))),
    recordAck: act(on('appendEntriesOk', (c, e) => onAppendEntriesOk(c, e.from, e.body))),
    sendHeartbeats: act((context) => broadcastAppend(context)),
    checkQuorum: act((context) => checkQuorum(context)),
    serveForward: act(on('forward', (c, e) => onForward(c, e.from, e.body))),
    relayAnswer: act(on('forwardOk', (c, e) => onForwardOk(c, e.body))),
    observeTerm: act(observeTerm),
    serveRequest: act(routeRequest),
    mergeReplica: act(on('replicate', (c, e) => onReplicate(c, e.body))),
    mergeGossip: act((c, e) =>
      e.type === 'gossip' || e.type === 'gossipOk' ? onGossip(c, e.from, e.body) : stay(c),
    ),
    gossip: act((context) => onGossipTimer(context)),
    applyParam: act(applyParam),
  },
}).createMachine({
  id: 'cap',
  context: ({ input }) => initialContext(input),
  entry: 'boot',
  initial: 'booting',
  states: {
    booting: { always: [{ guard: 'runsConsensus', target: 'follower' }, { target: 'replica' }] },
    replica: {},
    follower: {
      always: followRole('follower'),
      on: {
        ...raftCommon,
        'timer.election': { actions: 'standForElection' },
        requestVoteOk: { actions: 'observeTerm' },
        appendEntriesOk: { actions: 'observeTerm' },
      },
    },
    candidate: {
      always: followRole('candidate'),
      on: {
        ...raftCommon,
        'timer.election': { actions: 'standForElection' },
        requestVoteOk: { actions: 'countVote' },
        appendEntriesOk: { actions: 'observeTerm' },
      },
    },
    leader: {
      always: followRole('leader'),
      on: {
        ...raftCommon,
        'timer.heartbeat': { actions: 'sendHeartbeats' },
        'timer.quorum': { actions: 'checkQuorum' },
        requestVoteOk: { actions: 'observeTerm' },
        appendEntriesOk: { actions: 'recordAck' },
      },
    },
  },
  on: {
    'client.request': { actions: 'serveRequest' },
    replicate: { actions: 'mergeReplica' },
    gossip: { actions: 'mergeGossip' },
    gossipOk: { actions: 'mergeGossip' },
    'timer.gossip': { actions: 'gossip' },
    param: { actions: 'applyParam' },
  },
});
