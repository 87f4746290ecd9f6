/**
 * Leader election (Ongaro & Ousterhout 2014, §5.2 and §5.4.1). A follower that hears no
 * leader for a randomised election timeout becomes a candidate: it starts a new term,
 * votes for itself and asks every peer for a vote. Each node grants at most one vote per
 * term (the vote is durable), and only to a candidate whose log is at least as up to date
 * as its own. A candidate with votes from a majority leads; since two majorities always
 * share a node, a term has at most one leader. A new leader appends a no-op entry so it
 * can commit, and so learn the commit index, in its own term (§8).
 *
 * Before standing, a candidate polls (PreVote, Ongaro's thesis §9.6): peers answer
 * whether they would vote for it, without changing any state, and say no while they
 * still hear from a leader. Only with a majority of yeses does it start a new term. So a
 * node cut off in a minority polls forever without raising its term, and after a heal it
 * rejoins quietly instead of forcing the majority's leader to step down.
 *
 * Polls would otherwise line candidates up (all poll, all win the poll, all stand, and
 * the votes split), and a 3-of-5 majority side needs every vote. So a follower that says
 * yes to a poll puts off its own candidacy by one election timeout: a liveness tweak of
 * ours, not in the thesis, that keeps the collision window at one message delay.
 */
import type { NodeId } from '@/sim/core/ids';
import { effects } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import type { RequestVoteBody, RequestVoteOkBody } from './cpMessages';
import { isUpToDate, lastIndex, termAt } from './cpState';
import { broadcastAppend } from './cpReplication';
import { adoptTerm, armElectionTimer, stepDown } from './cpTerms';
import { chain, majorityOf, stay, withCp, type RegisterContext, type Step } from './registerTypes';

function askEveryone(context: RegisterContext, preVote: boolean, term: number): Step {
  const log = context.cp.log;
  const ask: RequestVoteBody = {
    type: 'requestVote',
    preVote,
    term,
    lastIndex: lastIndex(log),
    lastTerm: termAt(log, lastIndex(log)),
  };
  return stay(context, [
    armElectionTimer(context),
    ...context.peers.map((peer) => effects.send(peer, ask)),
  ]);
}

/** The election timeout fired: poll the peers about standing in the next term. Pure. */
export function startPreVote(context: RegisterContext): Step {
  const polling = withCp(context, {
    role: 'candidate',
    preVote: true,
    votes: [context.id],
    leader: null,
  });
  return askEveryone(polling, true, context.cp.term + 1);
}

/** A majority would vote for us: stand for election in a new term. Pure. */
function startElection(context: RegisterContext): Step {
  const term = context.cp.term + 1;
  const standing = withCp(context, {
    role: 'candidate',
    preVote: false,
    term,
    votedFor: context.id,
    votes: [context.id],
    leader: null,
  });
  return askEveryone(standing, false, term);
}

/** Whether this node would vote in a poll: no leader heard for an election timeout. */
function wouldVote(context: RegisterContext, body: RequestVoteBody, at: Micros): boolean {
  const cp = context.cp;
  const heard = cp.leaderHeardAt;
  const leaderQuiet = heard === null || at - heard >= context.timing.electionMin;
  return (
    body.term > cp.term &&
    cp.role !== 'leader' &&
    leaderQuiet &&
    isUpToDate(cp.log, body.lastIndex, body.lastTerm)
  );
}

/** Answers a poll, or grants or refuses a vote. Pure. */
export function onRequestVote(
  context: RegisterContext,
  from: NodeId,
  body: RequestVoteBody,
  at: Micros,
): Step {
  const reply = (current: RegisterContext, granted: boolean) => {
    const answer: RequestVoteOkBody = {
      type: 'requestVoteOk',
      preVote: body.preVote,
      term: current.cp.term,
      forTerm: body.term,
      granted,
    };
    return effects.send(from, answer);
  };
  if (body.preVote) {
    if (!wouldVote(context, body, at)) return stay(context, [reply(context, false)]);
    // Its leader has been quiet for an election timeout, so forget it. A follower also
    // defers to the poller by restarting its timeout, as granting a real vote does
    // (§5.2), so the first node to poll usually stands alone. Only timing changes.
    const next = withCp(context, { leader: null });
    const defer = context.cp.role === 'follower' ? [armElectionTimer(context)] : [];
    return stay(next, [...defer, reply(context, true)]);
  }
  return chain(adoptTerm(context, body.term), (current) => {
    const cp = current.cp;
    const granted =
      body.term === cp.term &&
      (cp.votedFor === null || cp.votedFor === from) &&
      isUpToDate(cp.log, body.lastIndex, body.lastTerm);
    if (!granted) return stay(current, [reply(current, false)]);
    // Granting a vote resets the timeout, so this node does not stand against its choice.
    return stay(withCp(current, { votedFor: from }), [
      armElectionTimer(current),
      reply(current, true),
    ]);
  });
}

function becomeLeader(context: RegisterContext): Step {
  const cp = context.cp;
  const log = [...cp.log, { term: cp.term, key: null, value: null }];
  const nextIndex = Object.fromEntries(context.peers.map((peer) => [peer, log.length]));
  const leader = withCp(context, {
    role: 'leader',
    leader: context.id,
    log,
    nextIndex,
    matchIndex: {},
    round: 0,
    ackedRound: {},
    heardSinceCheck: [],
    writes: [],
    reads: [],
  });
  const size = context.peers.length + 1;
  const announce = [
    effects.cancelTimer('election'),
    effects.setTimer('quorum', context.timing.quorumCheck),
    effects.note(
      'leader',
      `${context.id} is the leader for term ${cp.term} (${cp.votes.length} of ${size} votes)`,
    ),
  ];
  return chain(stay(leader, announce), broadcastAppend);
}

/** Counts a poll answer or a vote; a majority moves the candidate on. Pure. */
export function onRequestVoteOk(
  context: RegisterContext,
  from: NodeId,
  body: RequestVoteOkBody,
): Step {
  return chain(adoptTerm(context, body.term), (current) => {
    const cp = current.cp;
    const expected = cp.preVote ? cp.term + 1 : cp.term;
    const counts =
      cp.role === 'candidate' &&
      body.granted &&
      body.preVote === cp.preVote &&
      body.forTerm === expected &&
      !cp.votes.includes(from);
    if (!counts) return stay(current);
    const counted = withCp(current, { votes: [...cp.votes, from] });
    if (counted.cp.votes.length < majorityOf(current.peers.length + 1)) return stay(counted);
    return cp.preVote ? startElection(counted) : becomeLeader(counted);
  });
}

/**
 * CheckQuorum: a leader that heard from fewer than a majority since the last check
 * steps down, because it can no longer commit anything. Pure.
 */
export function checkQuorum(context: RegisterContext): Step {
  const cp = context.cp;
  if (cp.role !== 'leader') return stay(context);
  const size = context.peers.length + 1;
  const reached = cp.heardSinceCheck.length + 1;
  if (reached >= majorityOf(size)) {
    return stay(withCp(context, { heardSinceCheck: [] }), [
      effects.setTimer('quorum', context.timing.quorumCheck),
    ]);
  }
  const why = `${context.id} cannot reach a majority`;
  const note = effects.note(
    'step-down',
    `${context.id} steps down: it heard from only ${reached} of ${size} nodes`,
  );
  return chain(stay(context, [note]), (current) => stepDown(current, why));
}
