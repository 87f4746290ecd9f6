/**
 * Client requests on a CP key. The leader serves them: a write is appended to its log
 * and answered once committed, a read waits for a ReadIndex round (cpAnswers.ts). A
 * follower that knows the leader forwards the request and relays the leader's answer to
 * its client; if the answer never comes (the leader is on the other side of a
 * partition) the client times out, because the write may have been applied.
 *
 * A node refuses (`fail`) only when it knows the request cannot have taken effect: it
 * has no leader to pass it to, or it is not the leader a forward was meant for. That is
 * the CP side of CAP (Gilbert & Lynch 2002): in a minority, requests are refused or time
 * out; they never succeed on stale data. ZooKeeper behaves the same way: a server that
 * loses its quorum stops serving (Hunt et al. 2010, §4).
 */
import type { NodeId } from '@/sim/core/ids';
import { effects } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import { answer } from './cpAnswers';
import type { ForwardBody, ForwardOkBody } from './cpMessages';
import { FORWARDED_MAX } from './cpState';
import { broadcastAppend } from './cpReplication';
import {
  majorityOf,
  stay,
  withCp,
  type RegisterContext,
  type RegisterOp,
  type Step,
} from './registerTypes';

/** The leader takes a request that `origin`'s client made. Pure. */
function serve(context: RegisterContext, origin: NodeId, request: number, op: RegisterOp): Step {
  const cp = context.cp;
  if (op.f === 'write') {
    const log = [...cp.log, { term: cp.term, key: op.key, value: op.value }];
    const writes = [...cp.writes, { index: log.length, origin, request }];
    return broadcastAppend(withCp(context, { log, writes }));
  }
  // broadcastAppend starts round `cp.round + 1`; a majority acknowledging it proves
  // that this node was still the leader after the read arrived.
  const read = { key: op.key, round: cp.round + 1, readIndex: cp.commitIndex, origin, request };
  return broadcastAppend(withCp(context, { reads: [...cp.reads, read] }));
}

/** Why a node without a leader refuses: the reason the client sees. Pure. */
export function refusal(context: RegisterContext): string {
  const cp = context.cp;
  if (cp.role === 'candidate') {
    const majority = majorityOf(context.peers.length + 1);
    const term = cp.preVote ? cp.term + 1 : cp.term;
    return `no quorum: ${context.id} cannot reach a majority (it has ${cp.votes.length} of the ${majority} votes it needs for term ${term})`;
  }
  return `no leader: ${context.id} has not heard from a leader in term ${cp.term}`;
}

/** A client beside this node asks for `op` on a CP key. Pure. */
export function onCpRequest(
  context: RegisterContext,
  request: number,
  op: RegisterOp,
  at: Micros,
): Step {
  const cp = context.cp;
  if (cp.role === 'leader') return serve(context, context.id, request, op);
  if (cp.role === 'follower' && cp.leader !== null) {
    const body: ForwardBody = { type: 'forward', request, op };
    const forwarded = [...cp.forwarded, { request, op, to: cp.leader, at }].slice(-FORWARDED_MAX);
    return stay(withCp(context, { forwarded }), [effects.send(cp.leader, body)]);
  }
  return stay(context, [effects.reply(request, 'fail', undefined, refusal(context))]);
}

/** A follower passed us its client's request. Pure. */
export function onForward(context: RegisterContext, from: NodeId, body: ForwardBody): Step {
  if (context.cp.role === 'leader') return serve(context, from, body.request, body.op);
  // Nothing was appended, so the request certainly did not take effect.
  const reason = `${context.id} is not the leader (term ${context.cp.term})`;
  return stay(context, [answer(context, from, body.request, 'fail', undefined, reason)]);
}

/** The leader answered a request we forwarded: tell our client. Pure. */
export function onForwardOk(context: RegisterContext, body: ForwardOkBody): Step {
  const cp = context.cp;
  const waiting = cp.forwarded.find((forward) => forward.request === body.request);
  if (!waiting) return stay(context); // forgotten in a restart; the client times out
  const next = withCp(context, {
    forwarded: cp.forwarded.filter((forward) => forward !== waiting),
  });
  return stay(next, [effects.reply(body.request, body.status, body.value, body.reason)]);
}
