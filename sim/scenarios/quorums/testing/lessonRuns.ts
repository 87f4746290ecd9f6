/**
 * The runs of the quorums lesson (content/quorums.mdx), and the figures its prose quotes,
 * computed from the simulation. lesson.test.ts pins every figure, so a change to the
 * store that changes what the lesson says fails a test instead of leaving the prose wrong.
 */
import { traceOperations } from '@/sim/checkers/history';
import type { Command } from '@/sim/core/commands';
import type { ParamValue } from '@/sim/core/params';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { calculatePbs } from '@/sim/pbs/calculate';
import type { Simulation } from '@/sim/core/simulation';
import { ringOf } from '../kvContext';
import { kvContextOf, kvStoreOf } from '../looks';
import { preferenceList } from '../ring';
import { sameSiblings } from '../versions';
import { measureStaleness, StalenessMeter } from '../staleness';
import { kvParams, simulateKv } from './runs';

const S = US_PER_S;
export const LESSON_SEED = 1;
export const LESSON_UNTIL = 20 * S;

/** The partition of the sloppy-quorum section: n1 and n2 cut off from 2 s to 8 s. */
export const LESSON_SPLIT: readonly Command[] = [
  {
    at: 2 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: 8 * S, type: 'heal' },
];
export const SPLIT_UNTIL = 12 * S;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

const ms = (us: number) => Math.round((us / US_PER_MS) * 10) / 10;

/** Reads, stale reads and how stale, and median latencies of one run. Pure. */
export function runFigures(sim: Simulation) {
  const samples = measureStaleness(sim.trace);
  const stale = samples.filter((sample) => !sample.consistent);
  const ops = traceOperations(sim.trace, sim.traceEnd).filter((op) => op.status === 'ok');
  const latency = (f: string) =>
    ms(median(ops.filter((op) => op.f === f).map((op) => op.return! - op.call)));
  let repairs = 0;
  for (const id of sim.world.nodeIds)
    repairs += kvContextOf(sim.world.nodes.get(id)!.view)?.repairsSent ?? 0;
  return {
    repairs,
    reads: samples.length,
    stale: stale.length,
    stalePercent: Math.round((1000 * stale.length) / Math.max(1, samples.length)) / 10,
    staleWithinMs: ms(Math.max(0, ...stale.map((sample) => sample.sinceCommit))),
    versionsBehindMax: Math.max(0, ...stale.map((sample) => sample.versionsBehind)),
    readMs: latency('read'),
    writeMs: latency('write'),
  };
}

/** One of the lesson's runs. */
export function lessonRun(
  overrides: Readonly<Record<string, ParamValue>>,
  commands: readonly Command[] = [],
  until = LESSON_UNTIL,
): Simulation {
  return simulateKv(kvParams(overrides), LESSON_SEED, until, commands);
}

/** The partition runs: refusals, hints, hand-backs, stale reads. */
export function splitFigures(quorum: 'strict' | 'sloppy') {
  const sim = lessonRun({ r: 2, w: 2, quorum }, LESSON_SPLIT, SPLIT_UNTIL);
  const ops = traceOperations(sim.trace, sim.traceEnd);
  const during = ops.filter((op) => op.call >= 2 * S && op.call < 8 * S);
  const minority = during.filter((op) => op.node === 'n1' || op.node === 'n2');
  let handedBack = 0;
  let compared = 0;
  for (const id of sim.world.nodeIds) {
    const context = kvContextOf(sim.world.nodes.get(id)!.view);
    handedBack += context?.handoffsDelivered ?? 0;
    compared += context?.ae.compared ?? 0;
  }
  return {
    minorityRequests: minority.length,
    minorityRefused: minority.filter((op) => op.status === 'fail').length,
    refused: ops.filter((op) => op.status === 'fail').length,
    handedBack,
    merkleCompared: compared,
    stale: measureStaleness(sim.trace).filter((sample) => !sample.consistent).length,
  };
}

/** The anti-entropy run: n1 cut off while the others take writes, then healed with no traffic. */
export const ENTROPY_COMMANDS: readonly Command[] = [
  { at: 1 * S, type: 'partition', groups: [['n1'], ['n2', 'n3', 'n4', 'n5']] },
  { at: 3 * S, type: 'param', name: 'writes', value: 0 },
  { at: 3 * S, type: 'heal' },
];
export const ENTROPY_PARAMS = { writes: 10, reads: 0, readRepair: 'off' } as const;

/** When k1's replicas first agree after the heal (ms after it), or null by 13 s; Merkle nodes compared. */
export function entropyFigures(antiEntropy: 'on' | 'off') {
  const sim = lessonRun({ ...ENTROPY_PARAMS, antiEntropy }, ENTROPY_COMMANDS, 3 * S);
  const replicas = preferenceList(ringOf(sim.params), 'k1', 3);
  const agree = () => {
    const held = replicas.map((id) => kvStoreOf(sim.world.nodes.get(id)!.view).k1 ?? []);
    return held.every((versions) => sameSiblings(versions, held[0]!));
  };
  const behind = () => kvStoreOf(sim.world.nodes.get('n1')!.view).k1?.[0]?.value ?? null;
  const lagging = agree() ? null : behind();
  let convergedMs: number | null = null;
  for (let t = 3 * S; t <= 13 * S && convergedMs === null; t += 10 * US_PER_MS) {
    sim.seek(t);
    if (agree()) convergedMs = (t - 3 * S) / US_PER_MS;
  }
  let compared = 0;
  for (const id of sim.world.nodeIds)
    compared += kvContextOf(sim.world.nodes.get(id)!.view)?.ae.compared ?? 0;
  return { replicas, lagging: lagging !== null, convergedMs, compared };
}

/** Every figure the lesson quotes. */
export function lessonFigures() {
  const pbs = calculatePbs({
    n: 3,
    r: 1,
    w: 1,
    profile: 'exponential',
    lambdaW: 0.1,
    lambdaArs: 0.1,
    trials: 100_000,
    seed: 1,
    tMs: [0, 10],
    k: 2,
  });
  return {
    majority: runFigures(lessonRun({ r: 2, w: 2 })),
    partial: runFigures(lessonRun({ r: 1, w: 1 })),
    partialNoRepair: runFigures(lessonRun({ r: 1, w: 1, readRepair: 'off', antiEntropy: 'off' })),
    predicted: {
      atZero: Math.round(pbs.consistentAt[0]!.p * 1000) / 10,
      atTen: Math.round(pbs.consistentAt[1]!.p * 1000) / 10,
      visible999: Math.round(pbs.tVisibility.p999 * 10) / 10,
      kOne: Math.round(pbs.kStaleness[0]!.closedForm * 1000) / 10,
    },
    strict: splitFigures('strict'),
    sloppy: splitFigures('sloppy'),
    entropyOn: entropyFigures('on'),
    entropyOff: entropyFigures('off'),
  };
}

/** The first multiple of `step` from `from` at which `happened` holds for the run, or null. */
export function firstMoment(
  sim: Simulation,
  from: number,
  until: number,
  happened: (sim: Simulation) => boolean,
  step = 10 * US_PER_MS,
): number | null {
  for (let t = from; t <= until; t += step) {
    sim.seek(t);
    if (happened(sim)) return t;
  }
  return null;
}

/** Whether a client beside n1 or n2 has been refused since the cut at 2 s. */
export function minorityRefused(sim: Simulation): boolean {
  return traceOperations(sim.trace, sim.traceEnd).some(
    (op) =>
      op.call >= 2 * S &&
      (op.node === 'n1' || op.node === 'n2') &&
      op.status === 'fail' &&
      typeof op.return === 'number' &&
      op.return <= sim.now,
  );
}

/** Whether some read has returned a value older than the latest committed write. */
export function staleReadSeen(sim: Simulation): boolean {
  const meter = new StalenessMeter();
  meter.update(sim.trace, sim.traceEnd);
  return meter.samples.some((sample) => !sample.consistent);
}

/** The deciding moments of the partition runs: the first refusal, the first stale read. */
export function splitMoments() {
  const strict = lessonRun({ r: 2, w: 2, quorum: 'strict' }, LESSON_SPLIT, SPLIT_UNTIL);
  const sloppy = lessonRun({ r: 2, w: 2, quorum: 'sloppy' }, LESSON_SPLIT, SPLIT_UNTIL);
  return {
    strictRefusedAt: firstMoment(strict, 2 * S, 8 * S, minorityRefused),
    sloppyStaleAt: firstMoment(sloppy, 2 * S, 8 * S, staleReadSeen),
  };
}
