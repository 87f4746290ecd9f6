/**
 * Scenario `cap`: one register, replicated on N nodes, with a client beside
 * each. Partition the network and choose: refuse the minority (CP), or answer everyone
 * and reconcile later, by last-write-wins or by keeping siblings (AP). The lesson's claim
 * is Gilbert & Lynch's (2002) theorem, shown rather than stated; PACELC (Abadi 2012)
 * adds that even without a partition the choice trades latency for consistency: here a
 * CP write waits about four message delays, an AP write none.
 */
import { nodeIds } from '@/sim/core/ids';
import { latencyWithMean } from '@/sim/core/latency';
import type { Scenario } from '@/sim/core/scenario';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { inspectRegister } from './inspect';
import { capLegend, describeRegister } from './looks';
import { capRegisterParams } from './params';
import { durableOf } from './registerContext';
import { registerMachine } from './registerMachine';
import { capWorkload } from './workload';
import { typedParams } from '@/sim/core/params';

const S = US_PER_S;
const timeout = S;

export const capRegister: Scenario = {
  id: 'cap',
  title: 'CAP: a replicated register',
  summary:
    'Cut the network: refuse the minority (CP), or answer everyone and reconcile later (AP).',
  params: capRegisterParams,
  // An hour at the default workload is about 250k events: a few seconds to seek to its end.
  maxTime: 60 * 60 * S,
  nodes: (params) => nodeIds(typedParams(capRegisterParams, params).nodes),
  // No loss or duplication beyond what partitions and crashes cause: a forwarded request
  // is delivered at most once (with duplicates, Raft needs client sessions, §6.3 of
  // Ongaro's thesis, to apply each write once).
  network: (params) => ({
    latency: latencyWithMean('uniform', typedParams(capRegisterParams, params).mean),
    loss: 0,
    duplicate: 0,
  }),
  logic: { machine: registerMachine, durable: durableOf },
  legend: capLegend,
  relations: [{ kind: 'follows', label: 'Follows (arrow points at its leader)', tone: 'info' }],
  describe: describeRegister,
  inspect: inspectRegister,
  workload: capWorkload,
  examples: [
    {
      label: 'Cut off n1 and n2 at 2 s, heal at 7 s',
      commands: [
        {
          at: 2 * S,
          type: 'partition',
          groups: [
            ['n1', 'n2'],
            ['n3', 'n4', 'n5'],
          ],
        },
        { at: 7 * S, type: 'heal' },
      ],
    },
    {
      label: 'Two writes 50 ms apart, from the slowest and the fastest clock',
      commands: [
        { at: 3 * S, type: 'request', node: 'n5', op: { f: 'write', key: 'y', value: 1 }, timeout },
        {
          at: 3 * S + 50 * US_PER_MS,
          type: 'request',
          node: 'n1',
          op: { f: 'write', key: 'y', value: 2 },
          timeout,
        },
        { at: 5 * S, type: 'request', node: 'n3', op: { f: 'read', key: 'y' }, timeout },
      ],
    },
    {
      label: 'Crash n3 at 3 s, restart it at 6 s',
      commands: [
        { at: 3 * S, type: 'crash', node: 'n3' },
        { at: 6 * S, type: 'restart', node: 'n3' },
      ],
    },
  ],
};
