/**
 * Scenario `quorums`: a Dynamo-style key-value store (DeCandia et al., "Dynamo:
 * Amazon's Highly Available Key-value Store", SOSP 2007). Keys live on N of M nodes by
 * consistent hashing; any node coordinates; a write waits for W acknowledgements and a
 * read for R answers. With R + W > N every read quorum meets every write quorum; with
 * R + W ≤ N reads may be stale, and how stale is measured live and can be laid over the
 * prediction of Probabilistically Bounded Staleness (Bailis et al., PVLDB 2012).
 * Partitions show strict quorums refusing and sloppy ones accepting with hinted handoff;
 * read repair and Merkle-tree anti-entropy bring replicas back together.
 */
import { nodeIds } from '@/sim/core/ids';
import type { Scenario } from '@/sim/core/scenario';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { durableOf } from './kvContext';
import { messageDelay } from './legs';
import { describeKv, inspectKv, kvLegend, kvRelations } from './looks';
import { kvMachine } from './machine';
import { checkQuorumParams, quorumKvParams } from './params';
import { DEFAULT_T_MS, stalenessMetrics } from './staleness';
import { kvWorkload } from './workload';

const S = US_PER_S;

export const quorumKv: Scenario = {
  id: 'quorums',
  title: 'Quorums: a Dynamo-style store',
  summary:
    'N replicas, R reads, W writes: watch stale reads happen, measured live against the PBS prediction.',
  params: quorumKvParams,
  nodes: (params) => nodeIds(Number(params.nodes)),
  network: (params) => ({
    latency: { kind: 'exponential', mean: 10 * US_PER_MS },
    delay: messageDelay(params),
    loss: 0,
    duplicate: 0,
  }),
  logic: { machine: kvMachine, durable: durableOf },
  legend: kvLegend,
  relations: kvRelations,
  describe: describeKv,
  inspect: inspectKv,
  workload: kvWorkload,
  check: checkQuorumParams,
  metrics: (trace, _params, _end, options) => stalenessMetrics(trace, options?.tMs ?? DEFAULT_T_MS),
  examples: [
    {
      label: 'Cut off n1 and n2 at 2 s, heal at 6 s',
      commands: [
        {
          at: 2 * S,
          type: 'partition',
          groups: [
            ['n1', 'n2'],
            ['n3', 'n4', 'n5'],
          ],
        },
        { at: 6 * S, type: 'heal' },
      ],
    },
    {
      label: 'Crash n3 at 2 s, restart it at 5 s',
      commands: [
        { at: 2 * S, type: 'crash', node: 'n3' },
        { at: 5 * S, type: 'restart', node: 'n3' },
      ],
    },
  ],
};
