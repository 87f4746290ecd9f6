/**
 * How nodes look in the cluster view and the inspector: the front end with the queries
 * it waits on and the machines it skips; a machine with its partition and its queue.
 * Pure functions of a NodeView.
 */
import type { NodeLook, NodeView, StatusDef } from '@/sim/core/scenario';
import type { HarvestContext } from './machine';
import { heldBy } from './server';

export const harvestLegend: readonly StatusDef[] = [
  {
    status: 'front-end',
    label: 'Front end',
    description: 'Fans each query out to one replica of every partition and answers the client.',
    tone: 'info',
  },
  { status: 'idle', label: 'Idle', description: 'A machine with nothing to serve.', tone: 'ok' },
  {
    status: 'busy',
    label: 'Busy',
    description: 'A machine serving a query, perhaps with more waiting.',
    tone: 'warn',
  },
  {
    status: 'full',
    label: 'Full',
    description: 'A bounded queue at its limit: the next query is refused at once.',
    tone: 'bad',
  },
  { status: 'crashed', label: 'Crashed', description: 'Down: answers nothing.', tone: 'down' },
];

function contextOf(node: NodeView): HarvestContext | undefined {
  return node.up ? (node.context as HarvestContext | undefined) : undefined;
}

/** How a node looks. Pure. */
export function describeHarvest(node: NodeView): NodeLook {
  const context = contextOf(node);
  if (!context) return { status: 'crashed', summary: 'crashed' };
  const fe = context.frontEnd;
  if (fe) {
    const skipped = fe.machines.filter((_, m) => fe.suspected[m]);
    const waiting = fe.pending.size;
    const summary = `${waiting} waiting${skipped.length ? ` · skips ${skipped.join(' ')}` : ''}`;
    return { status: 'front-end', summary, edges: skipped.map((to) => ({ to, kind: 'skips' })) };
  }
  const server = context.server!;
  const held = heldBy(server);
  const full = server.queue === 'bounded' && held >= server.limit;
  const status = full ? 'full' : server.serving >= 0 ? 'busy' : 'idle';
  const holds = server.partition < 0 ? 'no partition' : `p${server.partition + 1}`;
  return { status, summary: `${holds} · queue ${held}` };
}

/** Lines for the inspector. Pure. */
export function inspectHarvest(node: NodeView): readonly (readonly [string, string])[] {
  const context = contextOf(node);
  if (!context) return [['state', 'crashed']];
  const fe = context.frontEnd;
  if (fe)
    return [
      ['role', 'front end'],
      ['layout', `${fe.layout.partitions} partitions × ${fe.layout.replicas} replicas`],
      ['waiting on', `${fe.pending.size} queries`],
      ['answered', String(fe.answered)],
      ['failed', String(fe.failed)],
      ['owed by machine', fe.machines.map((id, m) => `${id} ${fe.outstanding[m]}`).join(', ')],
    ];
  const server = context.server!;
  return [
    ['role', server.partition < 0 ? 'spare machine' : `machine, partition ${server.partition + 1}`],
    ['queue', `${heldBy(server)}${server.queue === 'bounded' ? ` of ${server.limit}` : ''}`],
    ['capacity', `${server.capacity} queries/s`],
    ['served', String(server.served)],
    ['refused', String(server.refused)],
  ];
}
