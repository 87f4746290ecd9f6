/**
 * The failure-detection lesson's challenges: a detector that only hears silence can be
 * wrong about a live peer, and can change its mind. Each checker reads the notes the
 * nodes write ("n2 suspects n4", "n2 trusts n4 again") and the faults in the trace.
 */
import { makeChecker, type Challenge } from '@/sim/challenges/challenge';
import { US_PER_S } from '@/sim/core/time';
import { failureDetector } from './scenario';

const S = US_PER_S;
const LESSON = 'failure-detection';
const SCENARIO = failureDetector.id;

/** A node suspected a peer with no crash and no cut anywhere before it: slowness alone. */
const falseAlarm: Challenge = {
  id: 'fd-false-alarm',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'A false alarm',
  goal: 'Make a node suspect a peer that is up and reachable: no crash and no network cut anywhere in the run before it.',
  hint: 'A detector only hears silence. What else, besides a crash or a cut, makes a heartbeat late?',
  solution: {
    seed: 1,
    params: {},
    commands: [{ at: 2 * S, type: 'slow', node: 'n3', factor: 20 }],
    until: 8 * S,
    explain:
      'Slow n3 twentyfold at 2 s: its heartbeats take seconds to arrive, longer than the timeout, so its peers suspect it though it never stopped.',
  },
  checker() {
    let faulted = false;
    let solved = false;
    return makeChecker(
      ['crash', 'partition', 'block', 'note'],
      (entry) => {
        if (entry.type === 'crash' || entry.type === 'partition' || entry.type === 'block')
          faulted = true;
        else if (entry.type === 'note' && entry.kind === 'suspect' && !faulted) solved = true;
      },
      () => solved,
    );
  },
};

/** A node suspected a peer, then trusted it again, and that peer never crashed. */
const secondThoughts: Challenge = {
  id: 'fd-second-thoughts',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Second thoughts',
  goal: 'Make a node suspect a peer and later trust it again, where that peer never crashed.',
  hint: 'Suspicion is withdrawn when a heartbeat gets through. What could stop heartbeats for a while and then let them pass?',
  solution: {
    seed: 1,
    params: {},
    commands: [
      { at: 2 * S, type: 'partition', groups: [['n3'], ['n1', 'n2', 'n4', 'n5']] },
      { at: 6 * S, type: 'heal' },
    ],
    until: 9 * S,
    explain:
      'Cut n3 off at 2 s and heal at 6 s: everyone suspects n3 (and n3 everyone), and every suspicion is withdrawn once heartbeats cross again.',
  },
  checker() {
    const crashed = new Set<string>();
    const suspicions = new Set<string>();
    let solved = false;
    return makeChecker(
      ['crash', 'note'],
      (entry) => {
        if (entry.type === 'crash') crashed.add(entry.node);
        if (entry.type !== 'note' || entry.peer === undefined) return;
        const pair = `${entry.node}>${entry.peer}`;
        if (entry.kind === 'suspect') suspicions.add(pair);
        else if (entry.kind === 'trust' && suspicions.has(pair) && !crashed.has(entry.peer))
          solved = true;
      },
      () => solved,
    );
  },
};

/** Two nodes, both up, each suspecting the other at once. */
const eachOther: Challenge = {
  id: 'fd-each-other',
  scenario: SCENARIO,
  lesson: LESSON,
  title: 'Each blames the other',
  goal: 'Make two nodes that are both up suspect each other at the same moment.',
  hint: 'A crashed node suspects nobody. Who can each side of a failure not hear?',
  solution: {
    seed: 1,
    params: {},
    commands: [
      {
        at: 2 * S,
        type: 'partition',
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
    ],
    until: 6 * S,
    explain:
      'Split the cluster into n1, n2 and n3, n4, n5 at 2 s: both sides are up, and each suspects the whole other side.',
  },
  checker() {
    // Who suspects whom now, from the notes; a crash wipes the crashed node's view.
    const suspects = new Map<string, Set<string>>();
    const of = (node: string) => {
      let set = suspects.get(node);
      if (!set) suspects.set(node, (set = new Set()));
      return set;
    };
    let solved = false;
    return makeChecker(
      ['crash', 'note'],
      (entry) => {
        if (entry.type === 'crash') {
          suspects.delete(entry.node);
          return;
        }
        if (entry.type !== 'note' || entry.peer === undefined) return;
        if (entry.kind === 'suspect') {
          of(entry.node).add(entry.peer);
          if (suspects.get(entry.peer)?.has(entry.node)) solved = true;
        } else if (entry.kind === 'trust') {
          of(entry.node).delete(entry.peer);
        }
      },
      () => solved,
    );
  },
};

export const failureDetectorChallenges: readonly Challenge[] = [
  falseAlarm,
  secondThoughts,
  eachOther,
];
