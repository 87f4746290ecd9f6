import type { ParsedEvent, ShiVizError } from './shivizTypes';

export interface HostTimelines {
  /** Hosts in order of first appearance. */
  readonly hosts: string[];
  /** Per host, entry indexes sorted by the host's own counter: position i has counter i + 1. */
  readonly timelines: number[][];
  /** Each entry's clock as a map (safe for any host name), by entry index. */
  readonly clocks: Map<string, number>[];
  readonly errors: ShiVizError[];
}

/**
 * Checks the clocks against the rules ShiViz enforces, and a few it leaves implicit.
 * Pure.
 *
 * - A host's own counter runs 1, 2, 3, … with no gaps or repeats (ShiViz orders a
 *   host's entries by that counter, so their order in the text does not matter).
 * - A clock only names hosts that appear in the execution, and never claims more
 *   events of a host than the log has.
 * - Along a host's timeline no entry of the clock ever goes down (vector clocks only
 *   grow: Mattern 1989, section 4).
 */
export function checkHostTimelines(entries: readonly ParsedEvent[]): HostTimelines {
  const hosts: string[] = [];
  const hostIndex = new Map<string, number>();
  const timelines: number[][] = [];
  const clocks = entries.map((entry) => new Map(Object.entries(entry.clock)));
  entries.forEach((entry, index) => {
    let h = hostIndex.get(entry.host);
    if (h === undefined) {
      h = hosts.length;
      hostIndex.set(entry.host, h);
      hosts.push(entry.host);
      timelines.push([]);
    }
    timelines[h]?.push(index);
  });

  const own = (index: number) => clocks[index]?.get(entries[index]?.host ?? '') ?? 0;
  const errors: ShiVizError[] = [];
  const error = (index: number, message: string) =>
    errors.push({ line: entries[index]?.clockLine ?? 0, field: 'log', message });

  for (const timeline of timelines) {
    timeline.sort((a, b) => own(a) - own(b) || a - b);
    const bad = timeline.findIndex((index, position) => own(index) !== position + 1);
    if (bad === -1) continue;
    const index = timeline[bad] ?? 0;
    const host = entries[index]?.host ?? '';
    const previous = timeline[bad - 1];
    if (previous === undefined) {
      error(
        index,
        `The first event of "${host}" must have the clock entry ${host}:1, not ${own(index)}.`,
      );
    } else if (own(previous) === own(index)) {
      error(
        index,
        `"${host}" has two events with ${host}:${own(index)} (the other is on line ${entries[previous]?.clockLine}).`,
      );
    } else {
      error(
        index,
        `The own counter of "${host}" jumps from ${own(previous)} (line ${entries[previous]?.clockLine}) to ${own(index)}; it must go up by exactly 1 per event.`,
      );
    }
  }
  if (errors.length > 0) return { hosts, timelines, clocks, errors };

  entries.forEach((entry, index) => {
    for (const [name, counter] of clocks[index] ?? []) {
      const h = hostIndex.get(name);
      if (h === undefined) {
        error(index, `The clock names host "${name}", which has no events in this execution.`);
      } else if (counter > (timelines[h]?.length ?? 0)) {
        error(
          index,
          `The clock says "${name}" reached ${name}:${counter}, but "${name}" logs only ${timelines[h]?.length} events.`,
        );
      }
    }
  });
  for (const timeline of timelines) {
    for (let position = 1; position < timeline.length; position++) {
      const before = timeline[position - 1] ?? 0;
      const after = timeline[position] ?? 0;
      for (const [name, counter] of clocks[before] ?? []) {
        const now = clocks[after]?.get(name) ?? 0;
        if (now < counter) {
          error(
            after,
            `The clock goes backwards: its entry for "${name}" drops from ${counter} (line ${entries[before]?.clockLine}) to ${now}.`,
          );
        }
      }
    }
  }
  return { hosts, timelines, clocks, errors };
}
