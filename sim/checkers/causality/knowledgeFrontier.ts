import { hostIndexes, hostTimelines, type EventGraph } from './eventGraph';
import { vectorClocks, type VectorClock } from './vectorClocks';

/** What one host can know at one moment. */
export interface KnowledgeFrontier {
  readonly host: string;
  /** Virtual time in microseconds. */
  readonly time: number;
  /** The host's last event at or before `time`, or null if it has done nothing yet. */
  readonly lastEventId: number | null;
  /** That event's vector clock (all zeros if there is none), indexed like `graph.hosts`. */
  readonly clock: VectorClock;
  /**
   * Per host (indexed like `graph.hosts`), the latest event the host can know about,
   * or null when it has heard nothing from that host. The host's own entry is
   * `lastEventId`.
   */
  readonly latestByHost: readonly (number | null)[];
  /** Every event it can know about, sorted: the causal past of `lastEventId` plus itself. */
  readonly known: readonly number[];
}

/**
 * "What can node X know at time t?" Pure; O(events + hosts).
 *
 * A host can only know about events whose effects have reached it through messages:
 * the causal past of its latest event (Lamport 1978, section 2). With vector clocks
 * that past is a frontier: on each host h, the first VC[h] events (Mattern 1989,
 * section 4, "consistent cuts").
 *
 * An event without a time counts as happening at its host's previous known time, so
 * untimed events after a timed one at or before `time` are included. Pass `clocks`
 * from `vectorClocks(graph)` when asking many questions about one graph.
 */
export function knowledgeFrontier(
  graph: EventGraph,
  host: string,
  time: number,
  clocks: readonly VectorClock[] = vectorClocks(graph),
): KnowledgeFrontier {
  const hostIndex = hostIndexes(graph).get(host);
  const timelines = hostTimelines(graph);
  const ownTimeline = hostIndex === undefined ? [] : (timelines[hostIndex] ?? []);
  const lastEventId = lastEventAtOrBefore(graph, ownTimeline, time);
  const clock =
    lastEventId === null
      ? new Array<number>(graph.hosts.length).fill(0)
      : (clocks[lastEventId] ?? []);

  const latestByHost = timelines.map((timeline, h) => {
    const seen = Math.min(clock[h] ?? 0, timeline.length);
    return seen > 0 ? (timeline[seen - 1] ?? null) : null;
  });

  const known: number[] = [];
  timelines.forEach((timeline, h) => {
    const seen = Math.min(clock[h] ?? 0, timeline.length);
    for (let i = 0; i < seen; i++) known.push(timeline[i] ?? 0);
  });
  known.sort((a, b) => a - b);

  return { host, time, lastEventId, clock, latestByHost, known };
}

function lastEventAtOrBefore(
  graph: EventGraph,
  timeline: readonly number[],
  time: number,
): number | null {
  let last: number | null = null;
  let currentTime = Number.NEGATIVE_INFINITY;
  for (const id of timeline) {
    currentTime = graph.events[id]?.time ?? currentTime;
    if (currentTime > time) break;
    last = id;
  }
  return last;
}
