/**
 * Scenario `light-cones`: the soldier (n1) and the sniper (n2) fire at nearly the
 * same moment, and observers (n3…) stand at different distances from them. It teaches
 * that "who fired first" depends on where you stand, unless one shot is in the other's
 * light cone, and that a node can only know of events whose news has reached it.
 */
import type { NodeId } from '@/sim/core/ids';
import type { NodeLook, NodeView, Scenario } from '@/sim/core/scenario';
import { describeTime, US_PER_MS } from '@/sim/core/time';
import {
  linkLatencies,
  otherShooter,
  SHOOTER_NODE,
  SHOOTERS,
  visibilityNodes,
  type Shooter,
} from './geometry';
import { firstShot, knownShots } from './knowledge';
import { visibilityMachine, type VisibilityContext, type VisibilityDurable } from './machine';
import { mutualVisibilityParams } from './params';
import { STATE } from './states';
import { typedParams } from '@/sim/core/params';

function contextOf(node: NodeView): VisibilityContext | undefined {
  return node.up ? (node.context as VisibilityContext | undefined) : undefined;
}

/** One line about what a node has learned, e.g. "soldier's shot first, then the sniper's". */
function summarise(context: VisibilityContext): string {
  const known = knownShots(context);
  const first = firstShot(context.order);
  if (known.length === 0) return 'has heard no shot';
  if (known.length === 1) return `knows only of the ${known[0]}'s shot`;
  if (first === undefined) return 'heard both shots at the same instant';
  return `${first}'s shot first, then the ${otherShooter(first)}'s`;
}

function describeShooter(context: VisibilityContext, shooter: Shooter): NodeLook {
  const other = otherShooter(shooter);
  const firedAfterHearing = context.order === `${other}-first`;
  const fired =
    context.firedAt === undefined ? 'has not fired' : `fired at ${describeTime(context.firedAt)}`;
  const heard = context.seen[other];
  const news = heard === undefined ? '' : `; heard the ${other} at ${describeTime(heard)}`;
  return {
    status: 'shooter',
    summary: `${shooter}: ${fired}${news}`,
    edges:
      firedAfterHearing && context.firedAt !== undefined
        ? [{ to: SHOOTER_NODE[other], kind: 'fired after hearing' }]
        : [],
  };
}

function describeNode(node: NodeView): NodeLook {
  const context = contextOf(node);
  if (!context) return { status: 'crashed', summary: 'crashed' };
  if (context.role !== 'observer') return describeShooter(context, context.role);
  const first = firstShot(context.order);
  const edges: { to: NodeId; kind: string }[] =
    first === undefined ? [] : [{ to: SHOOTER_NODE[first], kind: 'heard first' }];
  return { status: node.state, summary: summarise(context), edges };
}

function shotRow(context: VisibilityContext, shooter: Shooter): [string, string] {
  const at = context.seen[shooter];
  const via = context.via[shooter];
  const label = `The ${shooter}'s shot`;
  if (at === undefined) return [label, 'not heard of'];
  if (via === context.id) return [label, `fired it at ${describeTime(at)}`];
  const source = via === SHOOTER_NODE[shooter] ? `from ${via}` : `from ${via}'s message`;
  return [label, `learned at ${describeTime(at)}, ${source}`];
}

function inspectNode(node: NodeView): readonly (readonly [string, string])[] {
  const context = contextOf(node);
  if (!context) {
    const firedAt = (node.durable as VisibilityDurable | undefined)?.firedAt;
    return [
      ['State', 'crashed'],
      ['Kept on disk', firedAt === undefined ? 'nothing' : `fired at ${describeTime(firedAt)}`],
    ];
  }
  const role =
    context.role === 'observer'
      ? `observer, ${describeTime(context.distanceTo.soldier)} from the soldier and ` +
        `${describeTime(context.distanceTo.sniper)} from the sniper`
      : `${context.role}, ${describeTime(context.distanceTo[otherShooter(context.role)])} ` +
        `from the ${otherShooter(context.role)}`;
  return [
    ['Role', role],
    ...SHOOTERS.map((shooter) => shotRow(context, shooter)),
    ['Order', summarise(context)],
  ];
}

export const mutualVisibility: Scenario = {
  id: 'light-cones',
  title: 'The soldier and the sniper',
  summary: 'Two shots, nearly at once: who fired first depends on where you stand.',
  params: mutualVisibilityParams,
  // Both shots have been seen everywhere within a second; a minute leaves room to look.
  maxTime: 60_000 * US_PER_MS,
  nodes: visibilityNodes,
  network: (params) => ({
    // Every link is listed; this only covers a node added by a later parameter change.
    latency: { kind: 'constant', us: typedParams(mutualVisibilityParams, params).distance },
    links: linkLatencies(params),
    loss: 0,
    duplicate: 0,
  }),
  logic: {
    machine: visibilityMachine,
    durable: (context): VisibilityDurable => {
      const firedAt = (context as VisibilityContext | undefined)?.firedAt;
      return firedAt === undefined ? {} : { firedAt };
    },
  },
  relations: [
    { kind: 'heard first', label: 'Heard first (arrow points at that shooter)', tone: 'info' },
    { kind: 'fired after hearing', label: 'Fired after hearing the other shot', tone: 'warn' },
  ],
  legend: [
    {
      status: 'shooter',
      label: 'Shooter',
      description: 'n1 is the soldier, n2 the sniper. Each fires once and tells everyone.',
      tone: 'bad',
    },
    {
      status: STATE.nothing,
      label: 'Heard nothing',
      description: 'No news of either shot has reached it yet.',
      tone: 'info',
    },
    {
      status: STATE.soldierFirst,
      label: "Soldier's shot first",
      description: "Learned of the soldier's shot before the sniper's.",
      tone: 'ok',
    },
    {
      status: STATE.sniperFirst,
      label: "Sniper's shot first",
      description: "Learned of the sniper's shot before the soldier's.",
      tone: 'warn',
    },
    {
      status: STATE.tie,
      label: 'Both at once',
      description: 'Heard both shots at the same instant and cannot order them.',
      tone: 'info',
    },
    {
      status: 'crashed',
      label: 'Crashed',
      description: 'Down: hears nothing, and forgets what it heard.',
      tone: 'down',
    },
  ],
  describe: describeNode,
  inspect: inspectNode,
  examples: [
    {
      // The rest (n2 and the other observers) form the second group, whatever their number.
      label: 'Split {n1, n3} from the rest before the shots',
      commands: [{ at: 500 * US_PER_MS, type: 'partition', groups: [['n1', 'n3']] }],
    },
  ],
};
