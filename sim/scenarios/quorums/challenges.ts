/**
 * The quorums lesson's challenges. R + W > N makes every read set overlap every write
 * set, but only among the N home replicas: a sloppy quorum counts stand-ins, and then a
 * read can miss a committed write. A strict quorum keeps the overlap and pays in refusals.
 * The checkers measure reads with the staleness meter (staleness.ts), as the chart does.
 */
import { LiveParams, makeChecker, type Challenge } from '@/sim/challenges/challenge';
import type { Command } from '@/sim/core/commands';
import type { ParamValues } from '@/sim/core/params';
import { US_PER_S, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import { StalenessMeter } from './staleness';
import { quorumKv } from './scenario';

const S = US_PER_S;
const LESSON = 'quorums';
const SCENARIO = quorumKv.id;
/** Both solutions split n1, n2 from n3, n4, n5 between 1 s and 6 s. */
const SPLIT_RUN: readonly Command[] = [
  {
    at: 1 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: 6 * S, type: 'heal' },
];

const overlapping = (params: ParamValues) => {
  // Not live: the starting values hold for the whole run.
  return Number(params.r) + Number(params.w) > Number(params.n);
};

/** The staleness meter fed entry by entry, and when the quorum became sloppy, if it is. */
function meterOf(params: ParamValues) {
  const live = new LiveParams(params);
  const meter = new StalenessMeter();
  const entries: TraceEntry[] = [];
  let sloppySince: Micros | null = params.quorum === 'sloppy' ? 0 : null;
  return {
    meter,
    get sloppySince() {
      return sloppySince;
    },
    take(entry: TraceEntry): void {
      live.take(entry);
      if (entry.type === 'param' && entry.name === 'quorum') {
        const sloppy = live.get('quorum') === 'sloppy';
        if (!sloppy) sloppySince = null;
        else sloppySince ??= entry.at;
        return;
      }
      entries.push(entry);
      meter.update(entries);
    },
  };
}

const sloppyStale: Challenge = {
  id: 'q-sloppy-stale',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Overlap that is not',
  goal: 'With R + W > N, get a stale read: a read that misses a write committed before it began. Use a sloppy quorum.',
  hint: 'A sloppy quorum lets any healthy node stand in for a home replica it cannot reach. Where does a read look?',
  solution: {
    seed: 1,
    params: { r: 2, w: 2, quorum: 'sloppy' },
    commands: SPLIT_RUN,
    until: 8 * S,
    explain:
      'Set R = 2, W = 2 (with N = 3) and a sloppy quorum, then split n1, n2 from n3, n4, n5 at 1 s: each side commits writes on stand-ins, and reads on the other side miss them.',
  },
  checker(params) {
    const feed = meterOf(params);
    const overlap = overlapping(params);
    let done = false;
    let seen = 0;
    return makeChecker(
      ['param', 'invoke', 'complete'],
      (entry) => {
        feed.take(entry);
        const { samples } = feed.meter;
        for (; seen < samples.length; seen++) {
          const sample = samples[seen]!;
          const since = feed.sloppySince;
          if (overlap && !sample.consistent && since !== null && sample.at >= since) done = true;
        }
      },
      () => done,
    );
  },
};

const strictRefuses: Challenge = {
  id: 'q-strict-refuses',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'The price of overlap',
  goal: 'With R + W > N and a strict quorum, make the store refuse a request for want of a quorum, without crashing any node.',
  hint: 'A strict quorum counts only the N home replicas of a key. What if some of them cannot be reached?',
  solution: {
    seed: 1,
    params: { r: 2, w: 2 },
    commands: SPLIT_RUN,
    until: 4 * S,
    explain:
      'Set R = 2, W = 2 (with N = 3) and split n1, n2 from n3, n4, n5: a coordinator that reaches only one of a key’s three replicas refuses rather than answer without overlap.',
  },
  checker(params) {
    const live = new LiveParams(params);
    const overlap = overlapping(params);
    let crashed = false;
    let done = false;
    return makeChecker(
      ['param', 'crash', 'complete'],
      (entry) => {
        live.take(entry);
        if (entry.type === 'crash') crashed = true;
        else if (
          entry.type === 'complete' &&
          entry.status === 'fail' &&
          entry.reason?.startsWith('no quorum') &&
          overlap &&
          !crashed &&
          live.get('quorum') === 'strict'
        )
          done = true;
      },
      () => done,
    );
  },
};

export const quorumKvChallenges: readonly Challenge[] = [sloppyStale, strictRefuses];
