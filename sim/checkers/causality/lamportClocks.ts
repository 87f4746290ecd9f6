import { hostIndexes, sendsReceivedBy, type EventGraph } from './eventGraph';

/**
 * Lamport's logical clocks, one per event, indexed by event id. Pure; O(events).
 *
 * Lamport 1978, section 3, rules IR1 and IR2: each event's clock is one more than the
 * largest of its host's previous clock and, for a receive, the clock carried by the
 * message (the largest carried, for an event that receives several). So a → b implies C(a) < C(b). The converse does not hold: equal or
 * ordered numbers say nothing about concurrency, which is why `vectorClocks` exists.
 *
 * Clocks start at 1. Assumes a valid graph (see `validateEventGraph`); a receive
 * whose send is missing counts as a local event.
 */
export function lamportClocks(graph: EventGraph): number[] {
  const indexes = hostIndexes(graph);
  const lastOnHost = new Array<number>(graph.hosts.length).fill(0);
  const sendsOf = sendsReceivedBy(graph);
  const clocks = new Array<number>(graph.events.length);

  for (const event of graph.events) {
    const hostIndex = indexes.get(event.host) ?? -1;
    const previous = lastOnHost[hostIndex] ?? 0;
    let carried = 0;
    for (const sendId of sendsOf[event.id] ?? []) carried = Math.max(carried, clocks[sendId] ?? 0);
    const clock = Math.max(previous, carried) + 1;
    clocks[event.id] = clock;
    if (hostIndex >= 0) lastOnHost[hostIndex] = clock;
  }
  return clocks;
}
