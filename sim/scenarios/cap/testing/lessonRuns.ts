/**
 * The runs of the CAP lesson (content/cap.mdx), one per widget, as the lesson writes
 * them, and the figures its prose quotes, computed from the simulation. lesson.test.ts
 * pins every figure and finds each sentence that quotes one in the lesson.
 */
import { capMetrics, historyFromTrace, traceOperations } from '@/sim/checkers/history';
import { checkLinearizability, type History } from '@/sim/checkers/linearizability';
import type { Command } from '@/sim/core/commands';
import type { Simulation } from '@/sim/core/simulation';
import { US_PER_MS, type Micros } from '@/sim/core/time';
import { elections, notesOf } from './elections';
import { S, contextOf, operations, request, runCap } from './runs';

/** Every widget of the lesson runs this seed: its first leader, n3, is on the big side. */
export const LESSON_SEED = 2;
export const MINORITY = ['n1', 'n2'];
export const CUT_AT = 2 * S;
export const HEAL_AT = 7 * S;
export const LESSON_CUT: readonly Command[] = [
  { at: CUT_AT, type: 'partition', groups: [MINORITY, ['n3', 'n4', 'n5']] },
  { at: HEAL_AT, type: 'heal' },
];

/** The first widget: CP and AP side by side, four requests a second, to 12 s. */
export const TRAFFIC = { params: { rate: 4 }, commands: LESSON_CUT, until: 12 * S };

/** The clock-skew widgets (last write wins, then siblings): no traffic, these requests. */
export const SKEW = {
  params: { rate: 0 },
  commands: [
    ...LESSON_CUT,
    request(4 * S, 'n5', { f: 'write', key: 'y', value: 1 }),
    request(4 * S + 50 * US_PER_MS, 'n1', { f: 'write', key: 'y', value: 2 }),
    request(5 * S, 'n2', { f: 'read', key: 'y' }),
    request(5 * S, 'n3', { f: 'read', key: 'y' }),
    request(9 * S, 'n1', { f: 'read', key: 'y' }),
  ],
  until: 10 * S,
};

/** The mixed widget: x is CP, y is AP. */
export const MIXED = {
  params: { rate: 0, mode: 'mixed' },
  commands: [
    ...LESSON_CUT,
    request(4 * S, 'n1', { f: 'write', key: 'x', value: 1 }),
    request(4 * S, 'n2', { f: 'write', key: 'y', value: 2 }),
    request(4 * S, 'n4', { f: 'write', key: 'x', value: 3 }),
    request(5 * S, 'n2', { f: 'read', key: 'x' }),
    request(5 * S, 'n4', { f: 'read', key: 'y' }),
    request(9 * S, 'n4', { f: 'read', key: 'y' }),
    request(9 * S, 'n2', { f: 'read', key: 'x' }),
  ],
  until: 10 * S,
};

export interface LessonRun {
  readonly params: Readonly<Record<string, string | number>>;
  readonly commands: readonly Command[];
  readonly until: Micros;
}

/** A widget's run in `mode`, to `until` (default: the widget's end). */
export function runWidget(run: LessonRun, mode: string, until = run.until): Simulation {
  return runCap({ ...run.params, mode }, run.commands, until, LESSON_SEED);
}

/** Tenths of a second, as the prose rounds them. */
export const tenths = (us: number) => Math.round(us / (S / 10)) / 10;
/** Milliseconds. */
export const millis = (us: number) => Math.round(us / US_PER_MS);

/** Who leads when the network is cut, in a run of `mode`. */
export function leaderAtCut(run: LessonRun, mode: string): string | null {
  const sim = runWidget(run, mode, CUT_AT);
  const nodes = ['n1', 'n2', 'n3', 'n4', 'n5'];
  return nodes.find((node) => contextOf(sim, node).cp.role === 'leader') ?? null;
}

/** When the history of `sim` first stops being linearizable, or null. */
export function firstViolationAt(sim: Simulation): Micros | null {
  const history = historyFromTrace(sim.trace, sim.traceEnd);
  const ends = [...new Set(history.ops.flatMap((op) => (op.return === null ? [] : [op.return])))];
  for (const end of ends.sort((a, b) => a - b)) {
    const prefix: History = {
      ...history,
      ops: history.ops
        .filter((op) => op.call <= end)
        .map((op) =>
          op.return !== null && op.return > end
            ? { ...op, return: null, status: 'info' as const }
            : op,
        ),
    };
    if (checkLinearizability(prefix).linearizable === false) return end;
  }
  return null;
}

/** The figures of the first widget. */
export function trafficFigures() {
  const cp = runWidget(TRAFFIC, 'cp');
  const ap = runWidget(TRAFFIC, 'ap-lww');
  const cpOps = operations(cp);
  const [first] = elections(cp);
  const inCut = (op: { call: number }) => op.call > CUT_AT && op.call < HEAL_AT;
  const minority = cpOps.filter((op) => inCut(op) && MINORITY.includes(op.node));
  const majority = cpOps.filter((op) => inCut(op) && !MINORITY.includes(op.node));
  const cpWrites = cpOps.filter(
    (op) => op.f === 'write' && op.status === 'ok' && op.call > HEAL_AT,
  );
  const apOps = operations(ap);
  const apMetrics = capMetrics(ap.trace, ap.traceEnd);
  const apHistory = historyFromTrace(ap.trace, ap.traceEnd);
  const lost = apMetrics.lostWriteRequests.map((id) => apOps.find((op) => op.request === id)!.call);
  return {
    cp: {
      leaderAtCut: leaderAtCut(TRAFFIC, 'cp'),
      firstLeader: first && { node: first.node, at: tenths(first.at) },
      elections: elections(cp).length,
      refusedBeforeLeader: cpOps.filter((op) => op.call < (first?.at ?? 0) && op.status === 'fail')
        .length,
      minorityRequests: minority.length,
      minorityStatuses: count(minority.map((op) => op.status)),
      minorityReasons: count(minority.map((op) => (op.reason ?? '').replace(/:.*/, ''))),
      majorityRequests: majority.length,
      majorityStatuses: count(majority.map((op) => op.status)),
      writeMsAfterHeal: millis(
        cpWrites.reduce((sum, op) => sum + op.return! - op.call, 0) / cpWrites.length,
      ),
      verdict: checkLinearizability(historyFromTrace(cp.trace, cp.traceEnd)).linearizable,
    },
    ap: {
      requests: apOps.length,
      ok: apMetrics.ok,
      minorityRequests: apOps.filter((op) => inCut(op) && MINORITY.includes(op.node)).length,
      staleReads: apMetrics.staleReads,
      staleOutsideCut: apOps.filter(
        (op) => apMetrics.staleReadRequests.includes(op.request) && !inCut(op),
      ).length,
      lostWrites: apMetrics.lostWrites,
      lostAt: lost.map(tenths),
      verdict: checkLinearizability(apHistory).linearizable,
      firstViolationAt: tenths(firstViolationAt(ap) ?? 0),
    },
  };
}

function count(items: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

/** What each request of a quiet run came to: node, op, status, result or reason. */
export function outcomes(sim: Simulation) {
  return traceOperations(sim.trace, sim.traceEnd).map((op) => ({
    node: op.node,
    f: op.f,
    key: op.key,
    at: tenths(op.call),
    status: op.status,
    ...(op.result === undefined ? {} : { result: op.result }),
    ...(op.reason === undefined ? {} : { reason: op.reason }),
  }));
}

export { notesOf };
