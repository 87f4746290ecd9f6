/**
 * The parameters of `harvest-yield`, and the layout they imply: M machines hold P
 * partitions, each on `replicas` machines (P × replicas = M). A machine serves about
 * `capacity` queries a second, so the service as a whole serves `replicas × capacity`:
 * every query needs one replica of every partition.
 *
 * The defaults make a service at three quarters of its capacity (150 of 200 queries a
 * second on 3 × 2 machines), with a 200 ms deadline that a healthy query meets with room
 * to spare: a bounded queue of 10 waits at most 10 × 15 ms = 150 ms.
 */
import { nodeIds, type NodeId } from '@/sim/core/ids';
import { typedParams, type ParamSchema, type ParamValues } from '@/sim/core/params';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';

/** The front end's id; the machines are n1…nM. */
export const FRONT_END: NodeId = 'fe';

export const MAX_MACHINES = 24;

export const harvestYieldParams = {
  machines: {
    kind: 'int',
    label: 'Machines',
    min: 2,
    max: MAX_MACHINES,
    default: 6,
    live: false,
  },
  replicas: {
    kind: 'int',
    label: 'Replicas per partition',
    help: 'Each partition is stored on this many machines; it must divide the number of machines.',
    min: 1,
    max: MAX_MACHINES,
    default: 2,
    live: false,
  },
  load: {
    kind: 'int',
    label: 'Offered load (queries/s)',
    help: 'Queries arrive at random (a Poisson process) at this mean rate.',
    min: 1,
    max: 5000,
    default: 150,
    live: true,
  },
  capacity: {
    kind: 'int',
    label: 'Machine capacity (queries/s)',
    help: 'How many queries one machine serves a second; each takes 0.5 to 1.5 times 1/capacity.',
    min: 10,
    max: 1000,
    default: 100,
    live: true,
  },
  deadline: {
    kind: 'duration',
    label: 'Deadline',
    help: 'How long the front end waits for the partitions before it answers or gives up.',
    min: 10 * US_PER_MS,
    max: 5 * US_PER_S,
    default: 200 * US_PER_MS,
    live: true,
  },
  policy: {
    kind: 'choice',
    label: 'Answer policy',
    options: [
      { value: 'best-effort', label: 'Best effort: answer with what arrived (harvest pays)' },
      { value: 'complete', label: 'Complete or fail: every partition or nothing (yield pays)' },
    ],
    default: 'best-effort',
    live: true,
  },
  queue: {
    kind: 'choice',
    label: 'At full capacity',
    options: [
      { value: 'bounded', label: 'Bounded queues: a full machine refuses at once' },
      { value: 'unbounded', label: 'Unbounded queues: accept everything, wait' },
    ],
    default: 'bounded',
    live: true,
  },
  limit: {
    kind: 'int',
    label: 'Queue bound',
    help: 'With bounded queues: how many queries a machine holds, the one it serves included.',
    min: 1,
    max: 1000,
    default: 10,
    live: true,
  },
  choice: {
    kind: 'choice',
    label: 'Replica choice',
    options: [
      { value: 'two', label: 'Least loaded of two random replicas' },
      { value: 'random', label: 'A random replica' },
    ],
    default: 'two',
    live: true,
  },
  latency: {
    kind: 'duration',
    label: 'Network latency',
    help: 'One-way delay inside the data centre, the same for every message.',
    min: 100,
    max: 50 * US_PER_MS,
    default: US_PER_MS,
    live: true,
  },
} as const satisfies ParamSchema;

export interface Layout {
  readonly machines: number;
  readonly replicas: number;
  readonly partitions: number;
}

/** The layout the parameters ask for (assumes they are valid). Pure. */
export function layoutOf(params: ParamValues): Layout {
  const machines = typedParams(harvestYieldParams, params).machines;
  const replicas = typedParams(harvestYieldParams, params).replicas;
  return { machines, replicas, partitions: Math.max(1, Math.floor(machines / replicas)) };
}

/** Problems with a combination of parameters, each naming them; empty when fine. Pure. */
export function checkHarvestParams(params: ParamValues): string[] {
  const machines = typedParams(harvestYieldParams, params).machines;
  const replicas = typedParams(harvestYieldParams, params).replicas;
  const errors: string[] = [];
  if (replicas > machines || machines % replicas !== 0)
    errors.push(
      `replicas: ${replicas} does not divide machines (${machines}); ` +
        `try ${divisors(machines).join(', ')}`,
    );
  if (!(typedParams(harvestYieldParams, params).load > 0))
    errors.push(`load: must be more than 0 queries a second`);
  return errors;
}

function divisors(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0);
}

/** The machines' ids, n1…nM. Pure. */
export function machineIds(params: ParamValues): NodeId[] {
  return nodeIds(typedParams(harvestYieldParams, params).machines);
}

/**
 * Which partition machine `index` (0-based) holds: replicas sit side by side. Machines
 * left over when replicas do not divide the machines (parameters the check refuses)
 * hold none, -1, and are never asked. Pure.
 */
export function partitionOf(layout: Layout, index: number): number {
  const p = Math.floor(index / layout.replicas);
  return p < layout.partitions ? p : -1;
}

/** The machines (0-based) that hold partition `p`. Pure. */
export function replicasOf(layout: Layout, p: number): number[] {
  return Array.from({ length: layout.replicas }, (_, r) => p * layout.replicas + r);
}

/** Mean service time of one query on one machine. Pure. */
export function serviceMean(capacity: number): Micros {
  return Math.round(US_PER_S / capacity);
}
