/**
 * How a CP leader answers clients. A client's request is always completed by the node
 * the client called (the engine's `reply` effect completes a request by id), so when the
 * request came through a follower the leader answers with a `forwardOk` message and the
 * follower replies.
 *
 * Writes are answered once committed, that is stored on a majority (Ongaro & Ousterhout
 * 2014, §5.3). Reads use ReadIndex (§8 of the paper; Ongaro's thesis, 2014, §6.4): note
 * the commit index when the read arrives, start a heartbeat round, and answer once a
 * majority has acknowledged that round (so this node was still the leader after the read
 * arrived) and the commit index has reached the noted one. No log entry is written.
 */
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import type { RequestStatus } from '@/sim/core/trace';
import type { ForwardOkBody } from './cpMessages';
import { termAt, valueAt, type WaitingRead } from './cpState';
import {
  majorityOf,
  stay,
  withCp,
  type ReadValue,
  type RegisterContext,
  type Step,
} from './registerTypes';

/** The effect that answers `request`, directly or through the node its client called. Pure. */
export function answer(
  context: RegisterContext,
  origin: NodeId,
  request: number,
  status: RequestStatus,
  value?: ReadValue,
  reason?: string,
): Effect {
  if (origin === context.id) return effects.reply(request, status, value, reason);
  const body: ForwardOkBody = {
    type: 'forwardOk',
    request,
    status,
    ...(value === undefined ? {} : { value }),
    ...(reason === undefined ? {} : { reason }),
  };
  return effects.send(origin, body);
}

function isConfirmed(context: RegisterContext, read: WaitingRead): boolean {
  const cp = context.cp;
  const acks = context.peers.filter((peer) => (cp.ackedRound[peer] ?? 0) >= read.round).length;
  // A leader must have committed an entry of its own term before it knows the commit
  // index (thesis §6.4, step 1); its no-op provides one.
  const knowsCommit = termAt(cp.log, cp.commitIndex) === cp.term;
  return (
    acks + 1 >= majorityOf(context.peers.length + 1) &&
    knowsCommit &&
    cp.commitIndex >= read.readIndex
  );
}

/** Answers every committed write and every confirmed read the leader holds. Pure. */
export function answerReady(context: RegisterContext): Step {
  const cp = context.cp;
  if (cp.role !== 'leader') return stay(context);
  const committed = cp.writes.filter((write) => write.index <= cp.commitIndex);
  const confirmed = cp.reads.filter((read) => isConfirmed(context, read));
  if (committed.length === 0 && confirmed.length === 0) return stay(context);
  const replies = [
    ...committed.map((write) => answer(context, write.origin, write.request, 'ok')),
    ...confirmed.map((read) =>
      answer(context, read.origin, read.request, 'ok', valueAt(cp.log, cp.commitIndex, read.key)),
    ),
  ];
  const next = withCp(context, {
    writes: cp.writes.filter((write) => write.index > cp.commitIndex),
    reads: cp.reads.filter((read) => !confirmed.includes(read)),
  });
  return stay(next, replies);
}

/**
 * A leader that steps down gives up what it was waiting for. A read has no effect, so it
 * can be refused outright. A write is already in the log and may still be committed by
 * the next leader, so its outcome is unknown: the client hears `info`, never `fail`. Pure.
 */
export function abandonWaiting(context: RegisterContext, why: string): Step {
  const cp = context.cp;
  const replies = [
    ...cp.reads.map((read) =>
      answer(context, read.origin, read.request, 'fail', undefined, `${why} before the read`),
    ),
    ...cp.writes.map((write) =>
      answer(
        context,
        write.origin,
        write.request,
        'info',
        undefined,
        `${why}; the write may or may not commit`,
      ),
    ),
  ];
  return stay(withCp(context, { reads: [], writes: [] }), replies);
}
