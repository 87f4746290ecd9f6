import { hostIndexes, sendsReceivedBy, type EventGraph } from './eventGraph';

/**
 * A vector clock: entry h counts the events on host h (indexed like `graph.hosts`)
 * that happen before or are this event. Missing trailing entries mean 0.
 */
export type VectorClock = readonly number[];

export type ClockOrder = 'before' | 'after' | 'equal' | 'concurrent';

/**
 * The vector clock of every event, indexed by event id. Pure; O(events × hosts).
 *
 * Fidge 1988 ("Timestamps in Message-Passing Systems That Preserve the Partial
 * Ordering") and Mattern 1989 ("Virtual Time and Global States of Distributed
 * Systems"): an event's clock is the entrywise maximum of its host's previous clock
 * and, for a receive, the clock of the send (of every send, for an event that receives
 * several messages at once); then its own entry goes up by one.
 * Then a → b exactly when VC(a) < VC(b), so concurrency becomes visible.
 *
 * Assumes a valid graph (see `validateEventGraph`); a receive whose send is missing
 * counts as a local event, and an event on an unknown host gets an all-zero clock.
 */
export function vectorClocks(graph: EventGraph): VectorClock[] {
  const hostCount = graph.hosts.length;
  const indexes = hostIndexes(graph);
  const sendsOf = sendsReceivedBy(graph);
  const lastOnHost: (number[] | undefined)[] = new Array(hostCount).fill(undefined);
  const clocks: number[][] = new Array(graph.events.length);

  for (const event of graph.events) {
    const hostIndex = indexes.get(event.host);
    const previous = hostIndex === undefined ? undefined : lastOnHost[hostIndex];
    const clock = previous === undefined ? new Array<number>(hostCount).fill(0) : [...previous];
    for (const sendId of sendsOf[event.id] ?? []) {
      const carried = clocks[sendId];
      if (carried === undefined) continue;
      for (let h = 0; h < hostCount; h++) {
        const theirs = carried[h] ?? 0;
        if (theirs > (clock[h] ?? 0)) clock[h] = theirs;
      }
    }
    if (hostIndex !== undefined) {
      clock[hostIndex] = (clock[hostIndex] ?? 0) + 1;
      lastOnHost[hostIndex] = clock;
    }
    clocks[event.id] = clock;
  }
  return clocks;
}

/**
 * Orders two vector clocks. Pure. 'before' means a happens before b (a ≤ b entrywise
 * and a ≠ b); 'concurrent' means neither is ≤ the other. Clocks of different lengths
 * compare as if padded with zeros.
 */
export function compareVectorClocks(a: VectorClock, b: VectorClock): ClockOrder {
  let aSmaller = false;
  let bSmaller = false;
  const length = Math.max(a.length, b.length);
  for (let h = 0; h < length; h++) {
    const x = a[h] ?? 0;
    const y = b[h] ?? 0;
    if (x < y) aSmaller = true;
    else if (y < x) bSmaller = true;
    if (aSmaller && bSmaller) return 'concurrent';
  }
  if (aSmaller) return 'before';
  if (bSmaller) return 'after';
  return 'equal';
}
