/**
 * Log replication (Ongaro & Ousterhout 2014, §5.3). The leader sends each follower the
 * entries from that follower's `nextIndex`, with the index and term just before them; a
 * follower accepts only if its log holds that entry, so logs that match at one index
 * match everywhere before it (the Log Matching Property). A refusal carries a hint so the
 * leader backs up a whole term at a time (the optimisation at the end of §5.3); this is
 * how a replica that was cut off, or down, is repaired after it comes back.
 *
 * Every AppendEntries, heartbeat or not, carries a round number that the follower echoes;
 * the leader uses the rounds to confirm reads (see cpAnswers.ts).
 */
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import { answerReady } from './cpAnswers';
import type { AppendEntriesBody, AppendEntriesOkBody } from './cpMessages';
import { lastIndex, majorityIndex, termAt, type LogEntry } from './cpState';
import { adoptTerm, armElectionTimer } from './cpTerms';
import { chain, majorityOf, stay, withCp, type RegisterContext, type Step } from './registerTypes';

/** The AppendEntries that brings `peer` up to date from its `nextIndex`. Pure. */
export function appendTo(context: RegisterContext, peer: NodeId): Effect {
  const cp = context.cp;
  const next = cp.nextIndex[peer] ?? lastIndex(cp.log) + 1;
  const prevIndex = next - 1;
  const body: AppendEntriesBody = {
    type: 'appendEntries',
    term: cp.term,
    prevIndex,
    prevTerm: termAt(cp.log, prevIndex),
    entries: cp.log.slice(prevIndex),
    commit: cp.commitIndex,
    round: cp.round,
  };
  return effects.send(peer, body);
}

/** Starts a new round: AppendEntries to every peer, and the next heartbeat due later. Pure. */
export function broadcastAppend(context: RegisterContext): Step {
  const next = withCp(context, { round: context.cp.round + 1 });
  return stay(next, [
    ...next.peers.map((peer) => appendTo(next, peer)),
    effects.setTimer('heartbeat', next.timing.heartbeat),
  ]);
}

/** Where a follower's log stops matching a leader's that expects `term` at `prevIndex`. */
function conflictHint(log: readonly LogEntry[], prevIndex: number): number {
  if (prevIndex > lastIndex(log)) return lastIndex(log);
  const conflicting = termAt(log, prevIndex);
  let first = prevIndex;
  while (first > 1 && termAt(log, first - 1) === conflicting) first--;
  return first - 1;
}

/** The log after appending `entries` after `prevIndex`, dropping any conflicting suffix. */
function mergeEntries(
  log: readonly LogEntry[],
  prevIndex: number,
  entries: readonly LogEntry[],
): readonly LogEntry[] {
  let merged = log;
  entries.forEach((entry, offset) => {
    const index = prevIndex + 1 + offset;
    if (termAt(merged, index) === entry.term) return; // already there (a repeated message)
    merged = [...merged.slice(0, index - 1), entry];
  });
  return merged;
}

/** A follower (or a candidate that lost) handles AppendEntries from `from`. Pure. */
export function onAppendEntries(
  context: RegisterContext,
  from: NodeId,
  body: AppendEntriesBody,
  at: Micros,
): Step {
  return chain(adoptTerm(context, body.term), (current) => {
    const cp = current.cp;
    const reply = (success: boolean, match: number): Effect => {
      const ok: AppendEntriesOkBody = {
        type: 'appendEntriesOk',
        term: cp.term,
        success,
        match,
        round: body.round,
      };
      return effects.send(from, ok);
    };
    // A stale leader learns our newer term from the reply and steps down.
    if (body.term < cp.term || cp.role === 'leader') return stay(current, [reply(false, 0)]);
    const following = withCp(current, {
      role: 'follower',
      leader: from,
      leaderHeardAt: at,
      preVote: false,
      votes: [],
    });
    const timer = armElectionTimer(current);
    if (termAt(cp.log, body.prevIndex) !== body.prevTerm)
      return stay(following, [timer, reply(false, conflictHint(cp.log, body.prevIndex))]);
    const log = mergeEntries(cp.log, body.prevIndex, body.entries);
    const match = body.prevIndex + body.entries.length;
    const commitIndex = Math.max(cp.commitIndex, Math.min(body.commit, match));
    return stay(withCp(following, { log, commitIndex }), [timer, reply(true, match)]);
  });
}

/** The leader records a follower's answer: progress, commit, and confirmed rounds. Pure. */
export function onAppendEntriesOk(
  context: RegisterContext,
  from: NodeId,
  body: AppendEntriesOkBody,
): Step {
  return chain(adoptTerm(context, body.term), (current) => {
    const cp = current.cp;
    if (cp.role !== 'leader' || body.term !== cp.term) return stay(current);
    const heard = withCp(current, {
      heardSinceCheck: cp.heardSinceCheck.includes(from)
        ? cp.heardSinceCheck
        : [...cp.heardSinceCheck, from],
      ackedRound: { ...cp.ackedRound, [from]: Math.max(cp.ackedRound[from] ?? 0, body.round) },
    });
    if (!body.success) {
      const backedUp = Math.max(1, Math.min(cp.nextIndex[from] ?? 1, body.match + 1));
      const retry = withCp(heard, { nextIndex: { ...cp.nextIndex, [from]: backedUp } });
      return chain(stay(retry, [appendTo(retry, from)]), answerReady);
    }
    const match = Math.max(cp.matchIndex[from] ?? 0, body.match);
    const progressed = withCp(heard, {
      matchIndex: { ...cp.matchIndex, [from]: match },
      nextIndex: { ...cp.nextIndex, [from]: match + 1 },
    });
    const majority = majorityOf(current.peers.length + 1);
    const commitIndex = majorityIndex(progressed.cp, current.peers, majority);
    return answerReady(withCp(progressed, { commitIndex }));
  });
}
