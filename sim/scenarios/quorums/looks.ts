/**
 * How a `quorums` node looks: its legend status, a one-line summary of the keys it
 * holds, an arrow to each replica it keeps hints for, and the inspector's lines. Pure
 * functions of a NodeView, so views never reach into machine internals.
 */
import type { NodeLook, NodeView, RelationDef, StatusDef } from '@/sim/core/scenario';
import { describeTime } from '@/sim/core/time';
import type { KvContext, KvDurable, Store } from './kvTypes';
import { describeVersions } from './versions';

export const kvLegend: readonly StatusDef[] = [
  {
    status: 'serving',
    label: 'Serving',
    description: 'Stores its share of the keys and coordinates its client’s requests.',
    tone: 'ok',
  },
  {
    status: 'holdingHints',
    label: 'Holding hints',
    description: 'Keeps writes for an unreachable replica and keeps trying to hand them back.',
    tone: 'warn',
  },
  {
    status: 'crashed',
    label: 'Crashed',
    description: 'Down: answers nothing; its disk survives.',
    tone: 'down',
  },
];

export const kvRelations: readonly RelationDef[] = [
  { kind: 'hints', label: 'Holds hints for (arrow points at the replica)', tone: 'warn' },
];

/** The node's context, if it is up. */
export function kvContextOf(node: NodeView): KvContext | undefined {
  return node.up ? (node.context as KvContext | undefined) : undefined;
}

/** What the node holds on disk, up or crashed. */
export function kvStoreOf(node: NodeView): Store {
  const context = kvContextOf(node);
  if (context) return context.store;
  return (node.durable as KvDurable | undefined)?.store ?? {};
}

/** "k1=7 · k2=[3,9]", keys in order. Pure. */
export function describeStore(store: Store): string {
  const keys = Object.keys(store).sort();
  return keys.length === 0
    ? 'empty'
    : keys.map((key) => describeVersions(key, store[key]!)).join(' · ');
}

/** How a node looks. Pure. */
export function describeKv(node: NodeView): NodeLook {
  const context = kvContextOf(node);
  if (!context) return { status: 'crashed', summary: 'crashed' };
  const intended = Object.keys(context.hints).sort();
  const hints = intended.length > 0 ? ` · hints for ${intended.join(', ')}` : '';
  return {
    status: node.state === 'holdingHints' ? 'holdingHints' : 'serving',
    summary: `${describeStore(context.store)}${hints}`,
    edges: intended.map((to) => ({ to, kind: 'hints' })),
  };
}

type Line = readonly [label: string, value: string];

/** The inspector's lines: keys, hints, open requests, suspicions, repairs and anti-entropy. Pure. */
export function inspectKv(node: NodeView): readonly Line[] {
  const context = kvContextOf(node);
  if (!context) return [['Disk', describeStore(kvStoreOf(node))]];
  const { n, r, w, sloppy } = context.config;
  const hints = Object.keys(context.hints)
    .sort()
    .map((to) => `for ${to}: ${describeStore(context.hints[to]!)}`);
  const suspects = Object.entries(context.suspects)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, until]) => `${id} until ${describeTime(until)}`);
  const ae = context.ae;
  const last = ae.last
    ? `last with ${ae.last.peer}: ${ae.last.compared} tree nodes, ${ae.last.differing} ranges differed`
    : 'no exchange yet';
  return [
    ['Quorum', `N=${n} R=${r} W=${w}, ${sloppy ? 'sloppy' : 'strict'}`],
    ['Stores', describeStore(context.store)],
    ['Hints', hints.length === 0 ? 'none' : hints.join(' · ')],
    ['Open requests', String(Object.keys(context.ops).length)],
    ['Believed unreachable', suspects.length === 0 ? 'nobody' : suspects.join(' · ')],
    ['Read repairs sent', String(context.repairsSent)],
    ['Hints handed back', String(context.handoffsDelivered)],
    ['Anti-entropy', `${ae.rounds} exchanges, ${ae.compared} tree nodes compared; ${last}`],
  ];
}
