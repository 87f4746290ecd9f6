/**
 * The coordinator: whichever node a client asks. It finds the key's N replicas on the
 * ring and sends them the write or the read (DeCandia et al. 2007, "Dynamo", §4.5).
 * Replicas it believes unreachable (they missed a recent deadline) are skipped: a strict
 * quorum then refuses at once if fewer than W (or R) remain, while a sloppy quorum asks
 * the next healthy nodes on the ring instead, the writes carrying a hint (§4.6).
 */
import type { ClientOp } from '@/sim/core/commands';
import type { NodeId } from '@/sim/core/ids';
import { effects, type Effect } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import { parseOp, type RegisterOp } from '../cap/registerTypes';
import { stay, type KvContext, type KvMessage, type Op, type Step } from './kvTypes';
import { placement } from './ring';
import { newVersion } from './versions';

/** Whether the node is believed reachable at `at`. Pure. */
export function isTrusted(context: KvContext, node: NodeId, at: Micros): boolean {
  const until = context.suspects[node];
  return until === undefined || until <= at;
}

/** Who to ask for `key`: each trusted replica, and in a sloppy quorum a stand-in for each other one. Pure. */
export function chooseTargets(context: KvContext, key: string, at: Micros): Record<NodeId, NodeId> {
  const { replicas, standIns } = placement(context.ring, key, context.config.n);
  const asked: Record<NodeId, NodeId> = {};
  const spare = standIns.filter((node) => isTrusted(context, node, at));
  for (const replica of replicas) {
    if (isTrusted(context, replica, at)) asked[replica] = replica;
    else if (context.config.sloppy && spare.length > 0) asked[spare.shift()!] = replica;
  }
  return asked;
}

/** The message a coordinator sends `node` for an op. Pure. */
export function requestFor(op: Op, opId: string, node: NodeId): KvMessage {
  if (op.kind === 'read') return { type: 'get', op: opId, key: op.key };
  const intended = op.asked[node];
  return intended === undefined || intended === node
    ? { type: 'put', op: opId, key: op.key, versions: op.versions }
    : { type: 'put', op: opId, key: op.key, versions: op.versions, hint: intended };
}

function refuse(context: KvContext, request: number, op: RegisterOp, asked: number): Step {
  const { n, r, w } = context.config;
  const need = op.f === 'write' ? `W=${w}` : `R=${r}`;
  const reason = `no quorum: ${asked} of ${n} replicas reachable, ${need} needed`;
  // The failed reply is narrated as it is; a note saying the same would repeat it.
  return stay(context, [effects.reply(request, 'fail', undefined, reason)]);
}

/** A client asks this node to read or write a key. Pure. */
export function onClientRequest(
  context: KvContext,
  request: number,
  clientOp: ClientOp,
  at: Micros,
): Step {
  const op = parseOp(clientOp);
  if (typeof op === 'string') return stay(context, [effects.reply(request, 'fail', undefined, op)]);
  const asked = chooseTargets(context, op.key, at);
  const count = Object.keys(asked).length;
  if (count < (op.f === 'write' ? context.config.w : context.config.r))
    return refuse(context, request, op, count);
  const opId = `${context.id}.${context.nextOp}`;
  const base = { request, key: op.key, asked, answered: [], replied: false } as const;
  const record: Op =
    op.f === 'write'
      ? {
          ...base,
          kind: 'write',
          versions: [
            newVersion(
              context.store[op.key] ?? [],
              context.sessions[op.key] ?? [],
              context.position,
              op.value,
              context.counter,
            ),
          ],
        }
      : { ...base, kind: 'read', answers: {} };
  const sessions =
    record.kind === 'write'
      ? { ...context.sessions, [op.key]: record.versions[0]!.clock }
      : context.sessions;
  const counter =
    record.kind === 'write' ? (record.versions[0]!.clock[context.position] ?? 0) : context.counter;
  const next: KvContext = {
    ...context,
    counter,
    nextOp: context.nextOp + 1,
    ops: { ...context.ops, [opId]: record },
    sessions,
  };
  const sends: Effect[] = Object.keys(asked).map((node) =>
    effects.send(node, requestFor(record, opId, node)),
  );
  const timeout = context.config.timeout;
  return stay(next, [
    ...sends,
    effects.setTimer('standIn', Math.round(timeout / 2), opId),
    effects.setTimer('op', timeout, opId),
  ]);
}
