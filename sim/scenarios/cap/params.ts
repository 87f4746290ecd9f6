/**
 * The parameters of `cap`. The defaults are tuned so that a partition drawn at
 * about 2 s shows everything within about 10 s at 1× speed: messages take 50–150 ms
 * (uniform around the 100 ms mean) so they can be watched in flight, a leader is elected
 * by about 1.5 s, a cut-off leader steps down after about 1 s, and a client gives up after
 * 1 s, longer than a healthy CP write takes (about four message delays, ≤ 600 ms).
 */
import type { ParamSchema } from '@/sim/core/params';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';

export const capRegisterParams = {
  nodes: { kind: 'int', label: 'Replicas', min: 3, max: 7, default: 5, live: false },
  mode: {
    kind: 'choice',
    label: 'Consistency',
    help: 'What a replica does when it cannot reach the others.',
    options: [
      { value: 'cp', label: 'CP: Raft, refuse without a majority (like ZooKeeper)' },
      { value: 'ap-lww', label: 'AP: always answer, last write wins (like Riak)' },
      { value: 'ap-siblings', label: 'AP: always answer, keep siblings (vector clocks)' },
      { value: 'mixed', label: 'Mixed: x is CP, y is AP (like Riak 2)' },
    ],
    default: 'cp',
    live: false,
  },
  rate: {
    kind: 'int',
    label: 'Requests per second',
    help: 'Reads and writes from the clients, across the cluster; 0 for only the ones you make.',
    min: 0,
    max: 20,
    default: 4,
    live: true,
  },
  skew: {
    kind: 'duration',
    label: 'Clock skew',
    help: 'How far replica clocks drift: n1 runs this much slow, the last replica this much fast. Last-write-wins trusts these clocks.',
    min: 0,
    max: US_PER_S,
    default: 100 * US_PER_MS,
    live: false,
  },
  mean: {
    kind: 'duration',
    label: 'Mean latency',
    help: 'Messages take between half and one and a half times this. Protocol timers scale with it.',
    min: 10 * US_PER_MS,
    max: US_PER_S,
    default: 100 * US_PER_MS,
    live: true,
  },
  timeout: {
    kind: 'duration',
    label: 'Client timeout',
    help: 'How long a client waits for an answer before it gives up; the outcome is then unknown.',
    min: 100 * US_PER_MS,
    max: 10 * US_PER_S,
    default: US_PER_S,
    live: true,
  },
} as const satisfies ParamSchema;
