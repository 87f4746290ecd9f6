/**
 * How a replica looks in the cluster view: its legend status, a one-line summary of its
 * view of the register, and an edge to the leader it follows. Pure functions of a
 * NodeView, so views never reach into machine internals.
 */
import { assertNever } from '@/sim/core/assertNever';
import type { NodeLook, NodeView, StatusDef } from '@/sim/core/scenario';
import { valueAt } from './cpState';
import { readSiblings } from './siblings';
import { behaviourOf, runsConsensus, type ReadValue, type RegisterContext } from './registerTypes';
import { ownValue } from '@/sim/core/own';

export const capLegend: readonly StatusDef[] = [
  {
    status: 'leader',
    label: 'Leader',
    description: 'Orders the CP writes; answers once a majority has them.',
    tone: 'ok',
  },
  {
    status: 'follower',
    label: 'Follower',
    description: 'Copies the leader’s log and passes its clients’ requests to the leader.',
    tone: 'info',
  },
  {
    status: 'candidate',
    label: 'Candidate',
    description: 'Heard no leader, asking for votes; refuses requests until it has a majority.',
    tone: 'warn',
  },
  {
    status: 'replica',
    label: 'AP replica',
    description: 'Answers every request from its own copy and syncs with peers later.',
    tone: 'ok',
  },
  { status: 'crashed', label: 'Crashed', description: 'Down: answers nothing.', tone: 'down' },
];

/** The node's context, if it is up. */
export function registerContextOf(node: NodeView): RegisterContext | undefined {
  return node.up ? (node.context as RegisterContext | undefined) : undefined;
}

/** "3", "null" or "[2,5]". Pure. */
export function formatValue(value: ReadValue): string {
  if (value === null) return 'null';
  return typeof value === 'number' ? String(value) : `[${value.join(',')}]`;
}

/** Every key the node knows of, x and y first. Pure. */
export function keysOf(context: RegisterContext): string[] {
  const seen = new Set<string>(['x', 'y']);
  for (const entry of context.cp.log) if (entry.key !== null) seen.add(entry.key);
  for (const key of Object.keys(context.ap.lww)) seen.add(key);
  for (const key of Object.keys(context.ap.siblings)) seen.add(key);
  return [...seen].sort();
}

/** What this node would answer a read of `key` with, if it could answer now. Pure. */
export function localValue(context: RegisterContext, key: string): ReadValue {
  const behaviour = behaviourOf(context.mode, key);
  switch (behaviour) {
    case 'cp':
      return valueAt(context.cp.log, context.cp.commitIndex, key);
    case 'lww':
      return ownValue(context.ap.lww, key)?.value ?? null;
    case 'siblings':
      return readSiblings(ownValue(context.ap.siblings, key) ?? []);
    default:
      return assertNever(behaviour);
  }
}

function describeKey(context: RegisterContext, key: string): string {
  const value = localValue(context, key);
  const siblings = Array.isArray(value) ? ' siblings' : '';
  return `${key}=${formatValue(value)}${siblings}`;
}

/** A value as drawn under a node: "4050", "–" (never written), "1|2" (siblings). Pure. */
export function shortValue(value: ReadValue): string {
  if (value === null) return '–';
  return typeof value === 'number' ? String(value) : value.join('|');
}

/**
 * The lines drawn under a node: the values it holds ("x=4050 y=–") and, when it runs
 * consensus, its term and leader ("term 2, follows n4"). Pure.
 */
export function registerBadge(context: RegisterContext): string[] {
  const values = keysOf(context)
    .map((key) => `${key}=${shortValue(localValue(context, key))}`)
    .join(' ');
  if (!runsConsensus(context.mode)) return [values];
  const { role, term, leader } = context.cp;
  const view =
    role === 'follower' ? (leader === null ? 'no leader' : `follows ${leader}`) : `${role}`;
  return [values, `term ${term}, ${view}`];
}

/** How a node looks: "x=3 (leader, term 4)", "x=[2,5] siblings · y=4". Pure. */
export function describeRegister(node: NodeView): NodeLook {
  const context = registerContextOf(node);
  if (!context) return { status: 'crashed', summary: 'crashed' };
  const keys = keysOf(context);
  const badge = registerBadge(context);
  if (!runsConsensus(context.mode))
    return {
      status: 'replica',
      summary: keys.map((key) => describeKey(context, key)).join(' · '),
      badge,
    };
  const cp = context.cp;
  const strong = keys.filter((key) => behaviourOf(context.mode, key) === 'cp');
  const weak = keys.filter((key) => behaviourOf(context.mode, key) !== 'cp');
  const raft = `${strong.map((key) => describeKey(context, key)).join(' ')} (${cp.role}, term ${cp.term})`;
  const summary = [raft, ...weak.map((key) => describeKey(context, key))].join(' · ');
  const edges =
    cp.role === 'follower' && cp.leader !== null ? [{ to: cp.leader, kind: 'follows' }] : [];
  return { status: cp.role, summary, badge, edges };
}
