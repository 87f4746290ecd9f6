/**
 * The CAP lesson's challenges. During a partition a register gives up availability (CP
 * refuses) or consistency (AP answers, perhaps stale); mixed mode has one key of each,
 * so one run can show both. Last-write-wins trusts clocks and can silently lose an
 * acknowledged write. The verdicts come from the CAP counters (capMetrics.ts) over the
 * client operations seen so far.
 */
import { makeChecker, type Challenge } from '@/sim/challenges/challenge';
import { capMetrics } from '@/sim/checkers/history';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import { STRONG_KEY } from './registerTypes';
import { capRegister } from './scenario';

const S = US_PER_S;
const LESSON = 'cap';
const SCENARIO = capRegister.id;
/** In mixed mode, the key that stays available. */
const AVAILABLE_KEY = 'y';
/** A CP leader cut off from its majority needs this long to notice and step down. */
export const STEP_DOWN_GRACE: Micros = 2 * S;

type Operation = Extract<TraceEntry, { type: 'invoke' | 'complete' }>;

/**
 * The client operations a checker keeps: the most recent ones, so that a long run stays
 * cheap to check. A stale read or a lost write shows within seconds of its cause, long
 * before its operations drop out of the kept ones.
 */
const WINDOW = 2000;

function remember(ops: Operation[], entry: Operation): void {
  ops.push(entry);
  if (ops.length > 2 * WINDOW) ops.splice(0, ops.length - WINDOW);
}

/**
 * Follows the network through a run's partitions: whether any link is cut, since when,
 * and the largest group that can still talk within itself.
 */
class Cuts {
  since: Micros | null = null;
  largest = 0;
  constructor(private readonly nodes: number) {}
  take(entry: TraceEntry): void {
    if (entry.type === 'heal') this.since = null;
    else if (entry.type === 'partition') {
      this.since = entry.at;
      const listed = entry.groups.reduce((sum, group) => sum + group.length, 0);
      this.largest = Math.max(this.nodes - listed, ...entry.groups.map((g) => g.length));
    } else if (entry.type === 'block' && this.since === null) {
      this.since = entry.at;
      this.largest = this.nodes;
    }
  }
  get cut(): boolean {
    return this.since !== null;
  }
}

const CUT_TYPES = ['partition', 'block', 'heal'] as const;

const bothWays: Challenge = {
  id: 'cap-both-ways',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Both ways at once',
  goal: `In mixed mode, cut the network so that, during the cut, a request on the CP key ${STRONG_KEY} is refused and a read of the AP key ${AVAILABLE_KEY} returns a stale value.`,
  hint: `Mixed mode runs ${STRONG_KEY} on Raft and ${AVAILABLE_KEY} on last-write-wins. Which side of a cut can still reach a majority, and which side still answers?`,
  solution: {
    seed: 1,
    params: { mode: 'mixed' },
    commands: [
      {
        at: 2 * S,
        type: 'partition',
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
      { at: 10 * S, type: 'heal' },
    ],
    until: 12 * S,
    explain: `Set the mode to mixed and split n1, n2 from n3, n4, n5 at 2 s: the minority refuses ${STRONG_KEY} for want of a majority, while both sides keep answering ${AVAILABLE_KEY}, and a read on one side misses a write made on the other.`,
  },
  checker(params) {
    const mixed = params.mode === 'mixed';
    const cuts = new Cuts(Number(params.nodes));
    const ops: Operation[] = [];
    const duringCut = new Map<number, string>();
    let refused = false;
    let stale = false;
    return makeChecker(
      [...CUT_TYPES, 'invoke', 'complete'],
      (entry) => {
        cuts.take(entry);
        if (!mixed) return;
        if (entry.type === 'invoke') {
          remember(ops, entry);
          if (cuts.cut && typeof entry.op.key === 'string')
            duringCut.set(entry.request, entry.op.key);
        } else if (entry.type === 'complete') {
          remember(ops, entry);
          const key = duringCut.get(entry.request);
          if (key === STRONG_KEY && entry.status === 'fail') refused = true;
          if (key === AVAILABLE_KEY && entry.status === 'ok' && !stale)
            stale = capMetrics(ops).staleReadRequests.includes(entry.request);
        }
      },
      () => refused && stale,
    );
  },
};

const lostWrite: Challenge = {
  id: 'cap-lost-write',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'A write that vanished',
  goal: 'Under last-write-wins, make the store lose a write it had acknowledged: a later read finds an older value in its place.',
  hint: 'Last-write-wins decides by the replicas’ clocks. What if those clocks disagree?',
  solution: {
    seed: 1,
    params: { mode: 'ap-lww', skew: 500 * US_PER_MS },
    commands: [],
    until: 14 * S,
    explain:
      'Choose last-write-wins with 500 ms of clock skew: a write stamped by a slow clock loses to an older write stamped by a fast one, though the client was told it succeeded.',
  },
  checker() {
    const ops: Operation[] = [];
    let lost = false;
    return makeChecker(
      ['invoke', 'complete'],
      (entry) => {
        if (entry.type !== 'invoke' && entry.type !== 'complete') return;
        remember(ops, entry);
        // A loss is seen when a read finds the older value.
        if (entry.type === 'complete' && entry.status === 'ok' && !lost)
          lost = capMetrics(ops).lostWrites > 0;
      },
      () => lost,
    );
  },
};

const noMajority: Challenge = {
  id: 'cap-no-majority',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Nobody has a majority',
  goal: `In CP mode, cut the network so that no group holds a majority, and watch requests refused there once any leader has stepped down (${STEP_DOWN_GRACE / S} s after the cut).`,
  hint: 'A majority of five is three. How can you split five so that no group has three?',
  solution: {
    seed: 1,
    params: {},
    commands: [{ at: 2 * S, type: 'partition', groups: [['n1', 'n2'], ['n3', 'n4'], ['n5']] }],
    until: 10 * S,
    explain:
      'Split five replicas into n1, n2 | n3, n4 | n5 at 2 s: no group can elect a leader or commit, so every replica refuses until the network heals.',
  },
  checker(params) {
    const cp = params.mode === 'cp';
    const nodes = Number(params.nodes);
    const cuts = new Cuts(nodes);
    const invokedAt = new Map<number, Micros>();
    let refusals = 0;
    return makeChecker(
      [...CUT_TYPES, 'invoke', 'complete'],
      (entry) => {
        cuts.take(entry);
        const split = cuts.since !== null && cuts.largest * 2 <= nodes;
        if (!split || !cp) {
          refusals = 0;
          return;
        }
        if (entry.type === 'invoke' && entry.at >= cuts.since! + STEP_DOWN_GRACE)
          invokedAt.set(entry.request, entry.at);
        else if (entry.type === 'complete' && invokedAt.has(entry.request))
          refusals = entry.status === 'fail' ? refusals + 1 : 0;
      },
      () => refusals >= 3,
    );
  },
};

export const capRegisterChallenges: readonly Challenge[] = [bothWays, lostWrite, noMajority];
