/**
 * Terms and stepping down. Raft's rule for every message (Ongaro & Ousterhout 2014,
 * Figure 2, "Rules for Servers"): a node that sees a higher term adopts it and becomes a
 * follower. A leader also steps down, without a new term, when it can no longer hear a
 * majority (CheckQuorum, Ongaro's thesis §6.2), so a leader cut off in a minority stops
 * accepting requests it could never commit and starts refusing them visibly instead.
 */
import { effects, type Effect } from '@/sim/core/node';
import { abandonWaiting } from './cpAnswers';
import { chain, stay, withCp, type RegisterContext, type Step } from './registerTypes';

/** (Re)starts the election timeout, randomised so that candidates rarely collide (§5.2). Pure. */
export function armElectionTimer(context: RegisterContext): Effect {
  const { electionMin, electionJitter } = context.timing;
  return effects.setJitteredTimer('election', electionMin, electionJitter);
}

/**
 * Becomes a follower of `term` (unchanged unless given). A former leader gives up what
 * it was waiting for, stops its leader timers and starts waiting for an election. Pure.
 */
export function stepDown(context: RegisterContext, why: string, term?: number): Step {
  const cp = context.cp;
  const wasLeader = cp.role === 'leader';
  const newTerm = term ?? cp.term;
  const follower = withCp(context, {
    role: 'follower',
    term: newTerm,
    votedFor: newTerm > cp.term ? null : cp.votedFor,
    leader: null,
    preVote: false,
    votes: [],
    nextIndex: {},
    matchIndex: {},
    ackedRound: {},
    heardSinceCheck: [],
  });
  if (!wasLeader) return stay(follower);
  const timers = [
    effects.cancelTimer('heartbeat'),
    effects.cancelTimer('quorum'),
    armElectionTimer(context),
  ];
  return chain(stay(follower, timers), (next) => abandonWaiting(next, why));
}

/** Adopts `term` if it is newer than ours, stepping down; otherwise changes nothing. Pure. */
export function adoptTerm(context: RegisterContext, term: number): Step {
  if (term <= context.cp.term) return stay(context);
  return stepDown(context, `${context.id} saw the newer term ${term}`, term);
}
