/**
 * What a coordinator does with answers and deadlines: count acknowledgements to W and
 * answers to R, reply to the client, repair replicas that answered a read with older
 * versions (read repair, DeCandia et al. 2007, §5), look for stand-ins when replicas are
 * late (sloppy quorums, §4.6), and give up when the request times out.
 */
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import { isTrusted, requestFor } from './coordinator';
import { stay, type KvContext, type Op, type ReadOp, type Step, type WriteOp } from './kvTypes';
import { placement } from './ring';
import { isBehind, joinClocks, mergeSiblings, readSiblings, type Versions } from './versions';

/** How long a node that missed a deadline is skipped, in request timeouts. */
const SUSPECT_TIMEOUTS = 2;

function withOp(context: KvContext, opId: string, op: Op | null): KvContext {
  const ops = { ...context.ops };
  if (op === null) delete ops[opId];
  else ops[opId] = op;
  return { ...context, ops };
}

/** An op is finished once it has replied and everyone asked has answered. */
function settle(context: KvContext, opId: string, op: Op): KvContext {
  const done = op.replied && op.answered.length >= Object.keys(op.asked).length;
  return withOp(context, opId, done ? null : op);
}

/** Any message from a node shows it is reachable again. Pure. */
export function heardFrom(context: KvContext, from: NodeId): KvContext {
  if (context.suspects[from] === undefined) return context;
  const suspects = { ...context.suspects };
  delete suspects[from];
  return { ...context, suspects };
}

/** A replica acknowledged a write. Pure. */
export function onPutOk(context: KvContext, from: NodeId, opId: string): Step {
  const op = context.ops[opId];
  if (op?.kind !== 'write' || !(from in op.asked) || op.answered.includes(from))
    return stay(context);
  const answered = [...op.answered, from];
  const commit = !op.replied && answered.length >= context.config.w;
  const next: WriteOp = { ...op, answered, replied: op.replied || commit };
  return stay(settle(context, opId, next), commit ? [effects.reply(op.request, 'ok')] : []);
}

function merged(answers: Readonly<Record<NodeId, Versions>>): Versions {
  return Object.keys(answers)
    .sort()
    .reduce<Versions>((all, node) => mergeSiblings(all, answers[node]!), []);
}

/** Read repair: send `newest` to every answering node whose answer lacked part of it. Pure. */
function repairStale(
  context: KvContext,
  op: ReadOp,
  nodes: readonly NodeId[],
  newest: Versions,
): Step {
  if (!context.config.readRepair) return stay(context);
  const stale = nodes.filter((node) => isBehind(op.answers[node]!, newest));
  if (stale.length === 0) return stay(context);
  const sends: Effect[] = stale.map((node) =>
    effects.send(node, { type: 'repair', key: op.key, versions: newest }),
  );
  const text = `${context.id} read-repairs ${op.key} on ${stale.join(', ')}`;
  return stay({ ...context, repairsSent: context.repairsSent + stale.length }, [
    ...sends,
    effects.note('read-repair', text),
  ]);
}

/** A replica answered a read. Pure. */
export function onGetOk(context: KvContext, from: NodeId, opId: string, versions: Versions): Step {
  const op = context.ops[opId];
  if (op?.kind !== 'read' || !(from in op.asked) || op.answered.includes(from))
    return stay(context);
  const before = merged(op.answers);
  const answers = { ...op.answers, [from]: versions };
  const answered = [...op.answered, from];
  const newest = merged(answers);
  if (op.replied) {
    // A late answer: repair it if stale, or everyone else if it brought something new.
    const next: ReadOp = { ...op, answers, answered };
    const targets = isBehind(before, newest) ? answered : [from];
    return repairStale(settle(context, opId, next), next, targets, newest);
  }
  if (answered.length < context.config.r) {
    const next: ReadOp = { ...op, answers, answered };
    return stay(withOp(context, opId, next));
  }
  const next: ReadOp = { ...op, answers, answered, replied: true };
  const clock = joinClocks(newest.map((version) => version.clock));
  const withSession = { ...context, sessions: { ...context.sessions, [op.key]: clock } };
  const reply = effects.reply(op.request, 'ok', readSiblings(newest));
  const repaired = repairStale(settle(withSession, opId, next), next, answered, newest);
  return { context: repaired.context, effects: [reply, ...repaired.effects] };
}

function suspect(context: KvContext, nodes: readonly NodeId[], at: Micros): KvContext {
  if (nodes.length === 0) return context;
  const until = at + SUSPECT_TIMEOUTS * context.config.timeout;
  const suspects = { ...context.suspects };
  for (const node of nodes) suspects[node] = until;
  return { ...context, suspects };
}

/**
 * Half the timeout has passed: nodes that have not answered are suspected, and a sloppy
 * quorum asks a stand-in for each (a write even after it committed, so that N nodes
 * hold it; a read only while it still waits). Pure.
 */
export function onStandInTimer(context: KvContext, opId: string, at: Micros): Step {
  const op = context.ops[opId];
  if (!op) return stay(context);
  const late = Object.keys(op.asked).filter((node) => !op.answered.includes(node));
  const suspected = suspect(context, late, at);
  if (!context.config.sloppy || late.length === 0 || (op.kind === 'read' && op.replied))
    return stay(suspected);
  const { standIns } = placement(context.ring, op.key, context.config.n);
  const spare = standIns.filter((node) => !(node in op.asked) && isTrusted(suspected, node, at));
  const asked = { ...op.asked };
  const added: NodeId[] = [];
  for (const node of late) {
    const stand = spare.shift();
    if (stand === undefined) break;
    asked[stand] = op.asked[node]!;
    added.push(stand);
  }
  const next: Op = { ...op, asked };
  const sends = added.map((node) => effects.send(node, requestFor(next, opId, node)));
  return stay(withOp(suspected, opId, next), sends);
}

/** The request timed out: refuse it if it has no quorum yet, and forget it. Pure. */
export function onOpTimer(context: KvContext, opId: string, at: Micros): Step {
  const op = context.ops[opId];
  if (!op) return stay(context);
  const late = Object.keys(op.asked).filter((node) => !op.answered.includes(node));
  const next = withOp(suspect(context, late, at), opId, null);
  if (op.replied) return stay(next);
  const { r, w } = context.config;
  const need = op.kind === 'write' ? `W=${w}` : `R=${r}`;
  const got = op.kind === 'write' ? 'acknowledged' : 'answered';
  const reason = `no quorum: ${op.answered.length} ${got} in time, ${need} needed`;
  return stay(next, [effects.reply(op.request, 'fail', undefined, reason)]);
}
