import type { HostTimelines } from './checkHostTimelines';
import type { ParsedEvent, ShiVizError } from './shivizTypes';

export interface MessageParents {
  /** For each entry index, the entry whose message it receives, or -1. */
  readonly parentOf: Int32Array;
  readonly errors: ShiVizError[];
}

/**
 * Recovers message edges from vector clocks alone. Pure.
 *
 * The idea ShiViz uses (re-derived here from Fidge 1988 and Mattern 1989): when an
 * event on host B raises its clock entry for host A to k, B has just learned of A's
 * k-th event. Every host whose entry rose is a candidate sender; a candidate whose
 * event some other candidate already knew about came along indirectly and is
 * dropped. What remains are the direct senders.
 *
 * Lightcone's event graph gives each event one role, so an event with two direct
 * senders, or one that both receives and is received, is reported as an error.
 * Assumes the clocks passed `checkHostTimelines`.
 */
export function inferMessageParents(
  entries: readonly ParsedEvent[],
  { hosts, timelines, clocks }: HostTimelines,
): MessageParents {
  const hostIndex = new Map(hosts.map((host, h) => [host, h]));
  const parentOf = new Int32Array(entries.length).fill(-1);
  const errors: ShiVizError[] = [];
  const hostOf = (index: number) => entries[index]?.host ?? '';
  const counterOf = (index: number) => clocks[index]?.get(hostOf(index)) ?? 0;
  const where = (index: number) => `"${hostOf(index)}" on line ${entries[index]?.clockLine}`;

  for (const timeline of timelines) {
    timeline.forEach((index, position) => {
      const previous = position > 0 ? clocks[timeline[position - 1] ?? 0] : undefined;
      const candidates: number[] = [];
      for (const [name, counter] of clocks[index] ?? []) {
        if (name === hostOf(index) || counter <= (previous?.get(name) ?? 0)) continue;
        const sender = timelines[hostIndex.get(name) ?? -1]?.[counter - 1];
        if (sender !== undefined) candidates.push(sender);
      }
      const direct = candidates.filter(
        (candidate) =>
          !candidates.some(
            (other) =>
              other !== candidate &&
              (clocks[other]?.get(hostOf(candidate)) ?? 0) >= counterOf(candidate),
          ),
      );
      if (direct.length > 1) {
        errors.push({
          line: entries[index]?.clockLine ?? 0,
          field: 'log',
          message: `This event receives from ${direct.length} events at once (${direct.map(where).join(', ')}); log one receive per message.`,
        });
      } else if (direct[0] !== undefined) {
        parentOf[index] = direct[0];
      }
    });
  }

  const firstReceiver = new Map<number, number>();
  parentOf.forEach((parent, child) => {
    if (parent >= 0 && !firstReceiver.has(parent)) firstReceiver.set(parent, child);
  });
  parentOf.forEach((parent, index) => {
    const receiver = firstReceiver.get(index);
    if (parent >= 0 && receiver !== undefined) {
      errors.push({
        line: entries[index]?.clockLine ?? 0,
        field: 'log',
        message: `This event both receives (from ${where(parent)}) and sends (to ${where(receiver)}); log the receive and the send as two events.`,
      });
    }
  });
  return { parentOf, errors };
}
