import type { HostTimelines } from './checkHostTimelines';
import type { ParsedEvent } from './shivizTypes';

const NO_PARENTS: readonly number[] = [];

/**
 * Recovers message edges from vector clocks alone. Pure.
 *
 * The idea ShiViz uses (re-derived here from Fidge 1988 and Mattern 1989): when an
 * event on host B raises its clock entry for host A to k, B has just learned of A's
 * k-th event. Every host whose entry rose is a candidate sender; a candidate whose
 * event some other candidate already knew about came along indirectly and is
 * dropped. What remains are the direct senders: usually one, several for an event
 * that merges several messages at once (a quorum read, a barrier). An event may also
 * be a direct sender itself, as a relay that logs "got X, forwarded Y" as one event.
 *
 * Returns, for each entry index, the indexes of the entries whose messages it
 * receives (in the order of the hosts in its clock). Assumes the clocks passed
 * `checkHostTimelines`.
 */
export function inferMessageParents(
  entries: readonly ParsedEvent[],
  { hosts, timelines, clocks }: HostTimelines,
): (readonly number[])[] {
  const hostIndex = new Map(hosts.map((host, h) => [host, h]));
  const parentsOf: (readonly number[])[] = new Array(entries.length).fill(NO_PARENTS);
  const hostOf = (index: number) => entries[index]?.host ?? '';
  const counterOf = (index: number) => clocks[index]?.get(hostOf(index)) ?? 0;

  for (const timeline of timelines) {
    timeline.forEach((index, position) => {
      const previous = position > 0 ? clocks[timeline[position - 1] ?? 0] : undefined;
      const candidates: number[] = [];
      for (const [name, counter] of clocks[index] ?? []) {
        if (name === hostOf(index) || counter <= (previous?.get(name) ?? 0)) continue;
        const sender = timelines[hostIndex.get(name) ?? -1]?.[counter - 1];
        if (sender !== undefined) candidates.push(sender);
      }
      if (candidates.length === 0) return;
      parentsOf[index] =
        candidates.length === 1
          ? candidates
          : candidates.filter(
              (candidate) =>
                !candidates.some(
                  (other) =>
                    other !== candidate &&
                    (clocks[other]?.get(hostOf(candidate)) ?? 0) >= counterOf(candidate),
                ),
            );
    });
  }
  return parentsOf;
}
