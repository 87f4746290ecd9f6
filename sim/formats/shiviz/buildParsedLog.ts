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
 * causally, build the graph (an event that receives and sends is a send that also
 * receives; one that receives several messages lists the rest in `receives`), and
 * finally recompute every vector clock from the graph and compare it with the logged
 * one. The last check catches clocks that claim
 * knowledge no message could have carried, so the graph and the log agree exactly.
 */
export function buildParsedLog(label: string, entries: readonly ParsedEvent[]): BuiltLog {
  const timelines = checkHostTimelines(entries);
  if (timelines.errors.length > 0) return { ok: false, errors: timelines.errors };
  const parentsOf = inferMessageParents(entries, timelines);
  const sorted = orderCausally(entries, timelines.timelines, parentsOf);
  if (!sorted.ok) return { ok: false, errors: [sorted.error] };

  const senders = new Set(parentsOf.flat());
  const messageIdOf = new Map<number, number>();
  const specs = sorted.order.map((index): EventSpec => {
    const entry = entries[index] as ParsedEvent;
    // Causal order puts every sender first, so its message id is already known; ids
    // go up in that order, so sorting them lists the senders in graph order.
    const received = (parentsOf[index] ?? [])
      .map((parent) => messageIdOf.get(parent) ?? 0)
      .sort((a, b) => a - b);
    const base = { host: entry.host, label: entry.text };
    if (senders.has(index)) {
      const messageId = messageIdOf.size + 1;
      messageIdOf.set(index, messageId);
      return received.length > 0
        ? { ...base, kind: 'send', messageId, receives: received }
        : { ...base, kind: 'send', messageId };
    }
    const [first, ...more] = received;
    if (first === undefined) return { ...base, kind: 'local' };
    return more.length > 0
      ? { ...base, kind: 'receive', messageId: first, receives: more }
      : { ...base, kind: 'receive', messageId: first };
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
