/**
 * The parameters of `quorums`. The defaults are those of Cassandra's out-of-the-box
 * consistency level ONE on three replicas (N=3, R=W=1), on five nodes, with every leg of
 * a request taking 10 ms on average (exponential, λ = 0.1 per ms; the PBS calculator
 * takes rates, the controls take their means): stale reads then happen often enough
 * to be counted in a minute of play, and a message can still be followed on screen at a
 * slow speed. Protocol timers are the few hundred milliseconds that make a partition's
 * effect visible within seconds.
 */
import type { ParamSchema, ParamValues } from '@/sim/core/params';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { PROFILE_IDS, PROFILES, type ProfileId } from '@/sim/pbs/latency';

const onOff = [
  { value: 'on', label: 'On' },
  { value: 'off', label: 'Off' },
] as const;

/** The latency profiles of sim/pbs, with the paper's labels. */
export const PROFILE_OPTIONS: readonly { readonly value: ProfileId; readonly label: string }[] =
  PROFILE_IDS.map((value) => ({
    value,
    label: value === 'exponential' ? 'Exponential (set the rates below)' : PROFILES[value].label,
  }));

export const quorumKvParams: ParamSchema = {
  nodes: { kind: 'int', label: 'Nodes (M)', min: 3, max: 12, default: 5, live: false },
  n: {
    kind: 'int',
    label: 'Replicas per key (N)',
    help: 'How many nodes hold each key: the first N distinct nodes clockwise on the ring.',
    min: 1,
    max: 12,
    default: 3,
    live: false,
  },
  r: {
    kind: 'int',
    label: 'Read quorum (R)',
    help: 'How many replicas must answer before a read returns.',
    min: 1,
    max: 12,
    default: 1,
    live: false,
  },
  w: {
    kind: 'int',
    label: 'Write quorum (W)',
    help: 'How many replicas must acknowledge before a write is committed.',
    min: 1,
    max: 12,
    default: 1,
    live: false,
  },
  quorum: {
    kind: 'choice',
    label: 'Quorum',
    help: 'Strict uses only the key’s N replicas; sloppy borrows the next healthy nodes on the ring.',
    options: [
      { value: 'strict', label: 'Strict: only the N replicas' },
      { value: 'sloppy', label: 'Sloppy: next healthy node, with a hint' },
    ],
    default: 'strict',
    live: true,
  },
  readRepair: {
    kind: 'choice',
    label: 'Read repair',
    help: 'A coordinator sends the newest version to replicas that answered a read with an older one.',
    options: onOff,
    default: 'on',
    live: true,
  },
  antiEntropy: {
    kind: 'choice',
    label: 'Anti-entropy',
    help: 'Replicas compare Merkle trees of the key ranges they share and exchange what differs.',
    options: onOff,
    default: 'on',
    live: true,
  },
  aeInterval: {
    kind: 'duration',
    label: 'Anti-entropy interval',
    min: 100 * US_PER_MS,
    max: 10 * US_PER_S,
    default: US_PER_S,
    live: true,
  },
  profile: {
    kind: 'choice',
    label: 'Latency per leg',
    help: 'How long each leg takes: write (W), ack (A), read request (R), read response (S).',
    options: PROFILE_OPTIONS,
    default: 'exponential',
    live: false,
  },
  meanW: {
    kind: 'duration',
    label: 'Write leg mean (1/λW)',
    help: 'Exponential profile only: a write reaches a replica after this long on average.',
    min: 10 * US_PER_MS,
    max: US_PER_S,
    default: 10 * US_PER_MS,
    live: false,
  },
  meanArs: {
    kind: 'duration',
    label: 'Other legs mean (1/λARS)',
    help: 'Exponential profile only: acks, read requests and read responses take this long on average.',
    min: 10 * US_PER_MS,
    max: US_PER_S,
    default: 10 * US_PER_MS,
    live: false,
  },
  writes: {
    kind: 'int',
    label: 'Writes per second',
    min: 0,
    max: 50,
    default: 10,
    live: true,
  },
  reads: {
    kind: 'int',
    label: 'Reads per second',
    min: 0,
    max: 200,
    default: 40,
    live: true,
  },
  keys: {
    kind: 'int',
    label: 'Keys',
    help: 'How many keys the clients use: k1, k2, …',
    min: 1,
    max: 8,
    default: 1,
    live: true,
  },
  timeout: {
    kind: 'duration',
    label: 'Request timeout',
    help: 'How long a coordinator waits for a quorum before it refuses; sloppy quorums look for stand-ins after half of it.',
    min: 50 * US_PER_MS,
    max: 5 * US_PER_S,
    default: 500 * US_PER_MS,
    live: true,
  },
  vnodes: {
    kind: 'int',
    label: 'Virtual nodes per node',
    help: 'Tokens each node has on the ring; more tokens spread keys more evenly.',
    min: 1,
    max: 32,
    default: 8,
    live: false,
  },
};

/** Combinations the single-parameter ranges cannot express; each message names the argument. Pure. */
export function checkQuorumParams(params: ParamValues): string[] {
  const m = Number(params.nodes);
  const n = Number(params.n);
  const errors: string[] = [];
  if (n > m) errors.push(`n: ${n} replicas per key is more than the ${m} nodes (N ≤ M)`);
  for (const name of ['r', 'w'] as const) {
    const value = Number(params[name]);
    if (value > n)
      errors.push(
        `${name}: ${name.toUpperCase()}=${value} is more than N=${n} replicas (${name.toUpperCase()} ≤ N)`,
      );
  }
  return errors;
}
