/**
 * The `pbs` verb: the Probabilistically Bounded Staleness calculator on the command line.
 * It runs the WARS Monte Carlo for one N, R, W and latency profile and prints how soon
 * reads see a committed write, the operation latencies, and k-staleness. Bad arguments
 * exit 2, naming the argument.
 */
import { calculatePbs, type PbsResult } from '@/sim/pbs/calculate';
import { PROFILE_IDS } from '@/sim/pbs/latency';
import { PBS_ARGS, PBS_DEFAULTS, TRIALS_MAX, parsePbsInput, type PbsArg } from '@/sim/pbs/pbsInput';
import type { PbsInput } from '@/sim/pbs/calculate';
import { lastValue } from './parseArgs';
import { EXIT_OK, reportUsageErrors, type CliIo, type Verb } from './verb';

/** Milliseconds to the microsecond, and probabilities to six places, for stable JSON. */
const ms = (value: number) => Math.round(value * 1000) / 1000;
const probability = (value: number) => Math.round(value * 1e6) / 1e6;

/** The JSON the verb prints. Pure. */
export function pbsJson(input: PbsInput, result: PbsResult): object {
  return {
    n: input.n,
    r: input.r,
    w: input.w,
    profile: input.profile,
    ...(input.profile === 'exponential'
      ? { lambdaW: input.lambdaW, lambdaArs: input.lambdaArs }
      : {}),
    trials: input.trials,
    seed: input.seed,
    strict: result.strict,
    consistentAt: Object.fromEntries(
      result.consistentAt.map(({ tMs, p }) => [String(tMs), probability(p)]),
    ),
    tVisibility: { '99': ms(result.tVisibility.p99), '99.9': ms(result.tVisibility.p999) },
    latency: {
      read: { p50: ms(result.latency.read.p50), p999: ms(result.latency.read.p999) },
      write: { p50: ms(result.latency.write.p50), p999: ms(result.latency.write.p999) },
    },
    kStaleness: Object.fromEntries(
      result.kStaleness.map(({ k, closedForm }) => [String(k), probability(closedForm)]),
    ),
    kStalenessSimulated: Object.fromEntries(
      result.kStaleness.map(({ k, simulated }) => [String(k), probability(simulated)]),
    ),
  };
}

/** The human-readable report. Pure. */
export function pbsText(input: PbsInput, result: PbsResult): string {
  const percent = (p: number) => `${(p * 100).toFixed(3)} %`;
  const lines = [
    `PBS for N=${input.n} R=${input.r} W=${input.w}, ${input.profile}, ${input.trials} trials, seed ${input.seed}`,
    result.strict
      ? 'R + W > N: a strict quorum; without failures or sloppy quorums no read is stale.'
      : 'R + W ≤ N: a partial quorum; reads can miss the latest write.',
    ...result.consistentAt.map(
      ({ tMs, p }) => `  P(consistent) ${tMs} ms after commit: ${percent(p)}`,
    ),
    `  t-visibility: 99 % by ${ms(result.tVisibility.p99)} ms, 99.9 % by ${ms(result.tVisibility.p999)} ms`,
    `  read latency: p50 ${ms(result.latency.read.p50)} ms, p99.9 ${ms(result.latency.read.p999)} ms`,
    `  write latency: p50 ${ms(result.latency.write.p50)} ms, p99.9 ${ms(result.latency.write.p999)} ms`,
    ...result.kStaleness.map(
      ({ k, closedForm, simulated }) =>
        `  more than ${k} version${k === 1 ? '' : 's'} stale (no propagation): ${percent(closedForm)} closed form, ${percent(simulated)} simulated`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const HELP: Record<PbsArg, { value: string; help: string }> = {
  n: { value: 'n', help: `replicas per key, 1 to 12 (default ${PBS_DEFAULTS.n})` },
  r: { value: 'r', help: `read quorum, 1 to N (default ${PBS_DEFAULTS.r})` },
  w: { value: 'w', help: `write quorum, 1 to N (default ${PBS_DEFAULTS.w})` },
  profile: {
    value: 'id',
    help: `latencies: ${PROFILE_IDS.join(', ')} (default ${PBS_DEFAULTS.profile})`,
  },
  'lambda-w': { value: 'rate', help: 'exponential profile: W rate per ms (default 0.1)' },
  'lambda-ars': { value: 'rate', help: 'exponential profile: A, R and S rate per ms (default 1)' },
  trials: { value: 'count', help: `Monte Carlo trials, up to ${TRIALS_MAX} (default 1000000)` },
  seed: { value: 'n', help: 'random seed (default 1)' },
  t: { value: 'ms,…', help: 'times after commit to report, in ms (default 0,1,10,100)' },
  k: { value: 'k', help: 'report k-staleness for 1 to k versions (default 1)' },
};

export const pbsVerb: Verb = {
  name: 'pbs',
  args: '[options]',
  summary: 'predict how stale partial quorums read (Probabilistically Bounded Staleness)',
  flags: { ...HELP, json: { help: 'print JSON' } },
  details: () => [
    'The WARS Monte Carlo of Bailis et al., PVLDB 5(8) 2012. Profiles lnkd-ssd, lnkd-disk,',
    'ymmr and wan are the production fits of its Table 4; wan puts one replica in each data',
    'centre and adds 75 ms to every message to or from a remote one.',
    'kStaleness is P(a read is more than k versions old) = (C(N−W,R)/C(N,R))^k.',
  ],
  run(args, io: CliIo) {
    if (args.positionals.length > 0)
      return reportUsageErrors(io, [`unexpected argument "${args.positionals[0]}"`], pbsVerb);
    const raw: Partial<Record<PbsArg, string>> = {};
    for (const arg of PBS_ARGS) {
      const value = lastValue(args, arg);
      if (value !== undefined) raw[arg] = value;
    }
    const { input, problems } = parsePbsInput(raw);
    if (problems.length > 0)
      return reportUsageErrors(
        io,
        problems.map((problem) => `--${problem.message}`),
        pbsVerb,
      );
    const result = calculatePbs(input);
    io.out(
      args.switches.has('json')
        ? `${JSON.stringify(pbsJson(input, result), null, 2)}\n`
        : pbsText(input, result),
    );
    return EXIT_OK;
  },
};
