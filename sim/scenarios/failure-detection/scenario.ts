/**
 * Scenario `failure-detection`: N nodes heartbeat each other and suspect peers that go
 * quiet. It teaches that, from inside, a crashed node and a partitioned node look the
 * same, and that a latency spike alone is enough for a false suspicion.
 */
import { nodeIds } from '@/sim/core/ids';
import { LATENCY_KINDS, latencyWithMean, type LatencyKind } from '@/sim/core/latency';
import { typedParams, type ParamSchema } from '@/sim/core/params';
import type { Scenario } from '@/sim/core/scenario';
import { describeTime, US_PER_MS, US_PER_S } from '@/sim/core/time';
import {
  detectorMachine,
  lastHeardFrom,
  type DetectorContext,
  type DetectorDurable,
} from './machine';

const LATENCY_LABELS: Record<LatencyKind, string> = {
  constant: 'Constant',
  uniform: 'Uniform (±50%)',
  exponential: 'Exponential',
  normal: 'Normal (σ = mean/4)',
  'pareto-mix': 'Heavy tail (Pareto mix)',
};

export const failureDetectorParams = {
  nodes: {
    kind: 'int',
    label: 'Nodes',
    help: 'Past about 25 nodes, heavy traffic may run slower than the chosen speed.',
    min: 3,
    max: 100,
    default: 5,
    live: false,
  },
  heartbeat: {
    kind: 'duration',
    label: 'Heartbeat interval',
    help: 'How often each node tells every peer it is alive.',
    min: 50 * US_PER_MS,
    max: 5 * US_PER_S,
    default: 500 * US_PER_MS,
    live: true,
  },
  timeout: {
    kind: 'duration',
    label: 'Suspicion timeout',
    help: 'How long a node waits without a heartbeat before it suspects the peer.',
    min: 100 * US_PER_MS,
    max: 10 * US_PER_S,
    default: 1500 * US_PER_MS,
    live: true,
  },
  latency: {
    kind: 'choice',
    label: 'Latency distribution',
    options: LATENCY_KINDS.map((value) => ({ value, label: LATENCY_LABELS[value] })),
    default: 'exponential',
    live: true,
  },
  mean: {
    kind: 'duration',
    label: 'Mean latency',
    min: US_PER_MS,
    max: 2 * US_PER_S,
    default: 120 * US_PER_MS,
    live: true,
  },
  loss: {
    kind: 'probability',
    label: 'Message loss',
    help: 'The chance that any one message is lost.',
    min: 0,
    max: 0.9,
    step: 0.01,
    default: 0,
    live: true,
  },
} as const satisfies ParamSchema;

function contextOf(context: unknown): DetectorContext | undefined {
  return context as DetectorContext | undefined;
}

export const failureDetector: Scenario = {
  id: 'failure-detection',
  title: 'Failure detector',
  summary: 'Heartbeats and timeouts: who is alive, as far as anyone can tell?',
  params: failureDetectorParams,
  // An hour at 5 nodes is about 240k events: a few seconds to seek to its end.
  maxTime: 60 * 60 * US_PER_S,
  nodes: (params) => nodeIds(typedParams(failureDetectorParams, params).nodes),
  network: (raw) => {
    const params = typedParams(failureDetectorParams, raw);
    return {
      latency: latencyWithMean(params.latency, params.mean),
      loss: params.loss,
      duplicate: 0,
    };
  },
  logic: {
    machine: detectorMachine,
    durable: (context): DetectorDurable => ({ incarnation: contextOf(context)?.incarnation ?? 0 }),
  },
  legend: [
    {
      status: 'trusting',
      label: 'Trusts all peers',
      description: 'Has heard from every peer recently.',
      tone: 'ok',
    },
    {
      status: 'suspecting',
      label: 'Suspects a peer',
      description: 'A peer has been silent past the timeout.',
      tone: 'warn',
    },
    {
      status: 'crashed',
      label: 'Crashed',
      description: 'Down: sends nothing, hears nothing.',
      tone: 'down',
    },
  ],
  relations: [{ kind: 'suspects', label: 'Suspects (arrow points at the suspect)', tone: 'warn' }],
  describe(node) {
    const context = contextOf(node.context);
    if (!node.up || !context) return { status: 'crashed', summary: 'crashed' };
    const edges = context.suspected.map((to) => ({ to, kind: 'suspects' }));
    const summary =
      context.suspected.length === 0
        ? `trusts all ${context.peers.length} peers`
        : `suspects ${context.suspected.join(', ')}`;
    return { status: node.state, summary, edges };
  },
  inspect(node) {
    const context = contextOf(node.context);
    const incarnation = (node.durable as DetectorDurable | undefined)?.incarnation;
    if (!node.up || !context) {
      return [
        ['State', 'crashed'],
        ['Kept on disk', incarnation === undefined ? 'nothing yet' : `incarnation ${incarnation}`],
      ];
    }
    return [
      ['State', node.state],
      ['Incarnation', String(context.incarnation)],
      ...context.peers.map((peer): [string, string] => {
        const heard = lastHeardFrom(context, peer);
        const verdict = context.suspected.includes(peer) ? 'suspected' : 'trusted';
        return [
          peer,
          `${verdict}; ${heard === undefined ? 'never heard' : `last heard at ${describeTime(heard)}`}`,
        ];
      }),
    ];
  },
};
