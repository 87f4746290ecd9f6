/**
 * Test support for how fast `cap` elects: the leaders a run announced, read
 * from its `leader` notes, and a run that cuts its first leader off into a minority.
 */
import type { Simulation } from '@/sim/core/simulation';
import type { Micros } from '@/sim/core/time';
import { timingFor } from '../timing';
import { runCap } from './runs';

export interface Election {
  readonly at: Micros;
  readonly node: string;
  readonly term: number;
}

/** The notes of one kind in `sim`'s trace so far, in order. */
export function notesOf(
  sim: Simulation,
  kind: string,
): { at: Micros; node: string; text: string }[] {
  const found = [];
  for (let i = 0; i < sim.traceEnd; i++) {
    const entry = sim.trace.at(i)!;
    if (entry.type === 'note' && entry.kind === kind)
      found.push({ at: entry.at, node: entry.node, text: entry.text });
  }
  return found;
}

/** The leaders announced in `sim`'s trace so far, in order. */
export function elections(sim: Simulation): Election[] {
  return notesOf(sim, 'leader').map(({ at, node, text }) => ({
    at,
    node,
    term: Number(/ for term (\d+) /.exec(text)?.[1]),
  }));
}

/**
 * The longest one election round can take at the default 100 ms mean latency: the
 * longest election timeout, then a poll and its answers and a vote request and its
 * answers, each message at most 150 ms. A round that ends without a leader (a split
 * vote) costs another timeout.
 */
export function roundMax(): Micros {
  const timing = timingFor(100_000);
  return timing.electionMin + timing.electionJitter + 4 * 150_000;
}

export interface CutRun {
  /** The first leader, elected on a healthy network. */
  readonly first: Election | undefined;
  /** The first leader the other three elect after it is cut off, if they did in time. */
  readonly next: Election | undefined;
  /** When the first leader was cut off. */
  readonly cutAt: Micros;
}

/**
 * A run of five nodes, from `seed`, with the default parameters: wait two rounds for a
 * leader, then cut it off with one follower, as in the lesson, so that the other three
 * must elect one of themselves with all three of their votes; wait `rounds` rounds more.
 */
export function cutOffFirstLeader(seed: number, rounds: number): CutRun {
  const cutAt = 2 * roundMax();
  const sim = runCap({ mode: 'cp' }, [], cutAt, seed);
  const first = elections(sim)[0];
  if (!first) return { first, next: undefined, cutAt };
  const nodes = ['n1', 'n2', 'n3', 'n4', 'n5'];
  const minority = [first.node, nodes.find((n) => n !== first.node)!];
  const majority = nodes.filter((n) => !minority.includes(n));
  sim.issue({ type: 'partition', groups: [minority, majority] });
  sim.seek(cutAt + rounds * roundMax());
  const next = elections(sim).find((e) => e.at > cutAt && majority.includes(e.node));
  return { first, next, cutAt };
}
