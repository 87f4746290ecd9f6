import { buildEventGraph, vectorClocks, type EventSpec } from '../../checkers/causality';
import { checkHostTimelines } from './checkHostTimelines';
import { inferMessageParents } from './inferMessageParents';
import { orderCausally } from './orderCausally';
import type { ParsedEvent, ParsedLog, ShiVizError } from './shivizTypes';

export type BuiltLog =
  | { readonly ok: true; readonly log: ParsedLog }
  | { readonly ok: false; readonly errors: ShiVizError[] };

/**
 * Turns one execution's entries into a checked, causally ordered log and its event
 * graph. Pure.
 *
 * Steps: check each host's counters, infer message edges from the clocks, sort
 * causally, build the graph, and finally recompute every vector clock from the graph
 * and compare it with the logged one. The last check catches clocks that claim
 * knowledge no message could have carried, so the graph and the log agree exactly.
 */
export function buildParsedLog(label: string, entries: readonly ParsedEvent[]): BuiltLog {
  const timelines = checkHostTimelines(entries);
  if (timelines.errors.length > 0) return { ok: false, errors: timelines.errors };
  const { parentOf, errors } = inferMessageParents(entries, timelines);
  if (errors.length > 0) return { ok: false, errors };
  const sorted = orderCausally(entries, timelines.timelines, parentOf);
  if (!sorted.ok) return { ok: false, errors: [sorted.error] };

  const senders = new Set(parentOf.filter((parent) => parent >= 0));
  const messageIdOf = new Map<number, number>();
  const specs = sorted.order.map((index): EventSpec => {
    const entry = entries[index] as ParsedEvent;
    const parent = parentOf[index] ?? -1;
    if (parent >= 0) {
      return {
        host: entry.host,
        kind: 'receive',
        label: entry.text,
        messageId: messageIdOf.get(parent) ?? 0,
      };
    }
    if (senders.has(index)) {
      const messageId = messageIdOf.size + 1;
      messageIdOf.set(index, messageId);
      return { host: entry.host, kind: 'send', label: entry.text, messageId };
    }
    return { host: entry.host, kind: 'local', label: entry.text };
  });
  const graph = buildEventGraph(timelines.hosts, specs);
  const events = sorted.order.map((index) => entries[index] as ParsedEvent);

  const mismatches = checkClocksMatchGraph(events, timelines.hosts, vectorClocks(graph));
  if (mismatches.length > 0) return { ok: false, errors: mismatches };
  return { ok: true, log: { label, hosts: timelines.hosts, events, graph } };
}

function checkClocksMatchGraph(
  events: readonly ParsedEvent[],
  hosts: readonly string[],
  computed: readonly (readonly number[])[],
): ShiVizError[] {
  const errors: ShiVizError[] = [];
  events.forEach((event, id) => {
    const expected = computed[id] ?? [];
    const logged = new Map(Object.entries(event.clock));
    const same = hosts.every((host, h) => (logged.get(host) ?? 0) === (expected[h] ?? 0));
    if (same) return;
    const shown = Object.fromEntries(
      hosts.flatMap((host, h) => ((expected[h] ?? 0) > 0 ? [[host, expected[h]]] : [])),
    );
    errors.push({
      line: event.clockLine,
      field: 'log',
      message: `The vector clock does not match the messages that reach this event; from its causal past it should be ${JSON.stringify(shown)}.`,
    });
  });
  return errors;
}
