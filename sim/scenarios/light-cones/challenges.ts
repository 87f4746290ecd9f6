/**
 * The light-cones lesson's challenges: which shot came first is decided only where news
 * of one reached the other, and elsewhere depends on where you stand. The checkers read
 * the shooters' messages (a `fired` message says which shots its sender had heard of)
 * and the observers' states and notes.
 */
import { STATE } from './states';
import { makeChecker, type Challenge } from '@/sim/challenges/challenge';
import { typedParams } from '@/sim/core/params';
import { US_PER_S } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import { SHOOTER_NODE } from './geometry';
import { mutualVisibilityParams } from './params';
import { mutualVisibility } from './scenario';

const S = US_PER_S;
const LESSON = 'light-cones';
const SCENARIO = mutualVisibility.id;
/** How far apart the shots must be for the third challenge, in ms. */
export const FAR_APART_MS = 250;

const informedShot: Challenge = {
  id: 'lc-informed-shot',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Cause and effect',
  goal: "Make one shooter fire after the other's shot has reached it, so that everyone agrees on the order.",
  hint: 'The news of a shot travels at a fixed speed. How long must the second shooter wait?',
  solution: {
    seed: 1,
    params: { gap: 500 },
    commands: [],
    until: 3 * S,
    explain:
      "Set the sniper to fire 500 ms after the soldier, with 400 ms between them: the soldier's shot reaches the sniper first, so the sniper's shot is in its future, for every observer.",
  },
  checker() {
    let done = false;
    return makeChecker(
      ['send'],
      (entry: TraceEntry) => {
        if (entry.type !== 'send' || entry.body.type !== 'fired') return;
        const knew = entry.body.knew;
        if (Array.isArray(knew) && knew.length > 0) done = true;
      },
      () => done,
    );
  },
};

const tie: Challenge = {
  id: 'lc-tie',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'A dead heat',
  goal: 'Make an observer hear both shots at the same instant.',
  hint: 'An observer hears a shot after a delay set by its distance from the shooter.',
  solution: {
    seed: 1,
    params: { gap: 0 },
    commands: [],
    until: 3 * S,
    explain:
      'Make the shots simultaneous (a gap of 0): the observer standing exactly halfway, n4 of three, hears both at once.',
  },
  checker() {
    let done = false;
    return makeChecker(
      ['state'],
      (entry: TraceEntry) => {
        if (entry.type === 'state' && entry.to === STATE.tie) done = true;
      },
      () => done,
    );
  },
};

const farApart: Challenge = {
  id: 'lc-far-apart',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Far apart, still no order',
  goal: `With the shots at least ${FAR_APART_MS} ms apart, make two observers disagree about which came first.`,
  hint: 'Whether two events can be ordered depends on time and on distance.',
  solution: {
    seed: 1,
    params: { gap: FAR_APART_MS, distance: 2 * S },
    commands: [],
    until: 5 * S,
    explain: `Fire ${FAR_APART_MS} ms apart but 2 s of travel apart: neither shot can reach the other shooter in time, so the observer near the soldier hears the soldier first and the one near the sniper hears the sniper first.`,
  },
  checker(params) {
    const apart = Math.abs(typedParams(mutualVisibilityParams, params).gap) >= FAR_APART_MS;
    const firsts = new Set<string>();
    return makeChecker(
      ['note'],
      (entry: TraceEntry) => {
        if (entry.type === 'note' && entry.kind === 'saw' && entry.peer) firsts.add(entry.peer);
      },
      () => apart && firsts.has(SHOOTER_NODE.soldier) && firsts.has(SHOOTER_NODE.sniper),
    );
  },
};

export const mutualVisibilityChallenges: readonly Challenge[] = [informedShot, tie, farApart];
