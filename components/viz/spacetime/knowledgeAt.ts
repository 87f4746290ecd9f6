/**
 * "What can `host` know at `cursor`?" via the library's `knowledgeFrontier`, on the
 * graph as of `count` events. The host's last event at or before the cursor is found by
 * position (µs or Lamport time), so it works on both axes; the graph is cut just after
 * that event, since its causal past lies wholly before it. Pure; O(events) for the cut.
 */
import { knowledgeFrontier, type KnowledgeFrontier } from '@/sim/checkers/causality';
import { lastAtOrBefore } from './laneSearch';
import { graphPrefix, type SpaceTimeData } from './spaceTimeData';

export function lastEventOf(
  data: SpaceTimeData,
  host: string,
  cursor: number,
  count: number,
): number | null {
  const lane = data.hosts.indexOf(host);
  return lane < 0 ? null : lastAtOrBefore(data.layout, lane, cursor, count);
}

export function knowledgeAt(
  data: SpaceTimeData,
  host: string,
  cursor: number,
  count: number,
): KnowledgeFrontier {
  const last = lastEventOf(data, host, cursor, count);
  const graph = graphPrefix(data, last === null ? 0 : last + 1);
  return knowledgeFrontier(graph, host, cursor, data.layout.clocks);
}
