import { hostIndexes, hostTimelines, type EventGraph } from './eventGraph';
import { vectorClocks, type VectorClock } from './vectorClocks';

/** An event's light cone, as sorted event ids. The event itself is in none of them. */
export interface CausalCone {
  /** Events that happen before it: everything it could know about. */
  readonly past: number[];
  /** Events it happens before: everything it could influence. */
  readonly future: number[];
  /** Events neither before nor after it: nobody can tell which came first. */
  readonly concurrent: number[];
}

/**
 * Whether event `a` happens before event `b` (Lamport 1978, section 2: the smallest
 * relation containing program order and send → receive, closed under transitivity).
 * Pure. Unknown ids give false, and no event happens before itself.
 *
 * With vector clocks this is one comparison: a → b iff VC(b) has seen a, that is
 * VC(b)[host(a)] ≥ VC(a)[host(a)] (Mattern 1989, section 4). Pass `clocks` from
 * `vectorClocks(graph)` when asking many questions about one graph.
 */
export function happensBefore(
  graph: EventGraph,
  a: number,
  b: number,
  clocks: readonly VectorClock[] = vectorClocks(graph),
): boolean {
  if (a === b) return false;
  const eventA = graph.events[a];
  const clockA = clocks[a];
  const clockB = clocks[b];
  if (eventA === undefined || clockA === undefined || clockB === undefined) return false;
  const hostIndex = hostIndexes(graph).get(eventA.host);
  if (hostIndex === undefined) return false;
  return (clockB[hostIndex] ?? 0) >= (clockA[hostIndex] ?? 0);
}

/**
 * Splits all other events into the past, future and concurrent sets of `eventId`.
 * Pure; O(events + hosts). Unknown ids give three empty lists.
 *
 * The past is read straight off the clock: on host h it is the first VC[h] events of
 * h's timeline. The future is every event whose clock has seen this one.
 */
export function causalCones(
  graph: EventGraph,
  eventId: number,
  clocks: readonly VectorClock[] = vectorClocks(graph),
): CausalCone {
  const event = graph.events[eventId];
  const clock = clocks[eventId];
  const hostIndex = event === undefined ? undefined : hostIndexes(graph).get(event.host);
  if (clock === undefined || hostIndex === undefined) {
    return { past: [], future: [], concurrent: [] };
  }

  const inPast = new Uint8Array(graph.events.length);
  hostTimelines(graph).forEach((timeline, h) => {
    const seen = Math.min(clock[h] ?? 0, timeline.length);
    for (let i = 0; i < seen; i++) inPast[timeline[i] ?? 0] = 1;
  });

  const ownCount = clock[hostIndex] ?? 0;
  const past: number[] = [];
  const future: number[] = [];
  const concurrent: number[] = [];
  for (let id = 0; id < graph.events.length; id++) {
    if (id === eventId) continue;
    if (inPast[id] === 1) past.push(id);
    else if ((clocks[id]?.[hostIndex] ?? 0) >= ownCount) future.push(id);
    else concurrent.push(id);
  }
  return { past, future, concurrent };
}
