import { vectorClocks, type EventGraph, type VectorClock } from '../../checkers/causality';
import { GOVECTOR_REGEX } from './shivizRegex';

/**
 * Writes an event graph as a ShiViz log that opens in ShiViz as is, in GoVector's
 * layout. Pure.
 *
 * The file is the parser regex, an empty delimiter line, a blank line (as GoVector's
 * shiviz.sh writes it), then for each event a "host {clock}" line and its label.
 * Events go out in graph order, which is causal. Pass `clocks` from
 * `vectorClocks(graph)` if you already have them.
 *
 * What a vector-clock log cannot carry is lost: virtual times, message ids, and the
 * kind of an event no clock jump reveals (a lost send, a second delivery). Host names
 * have whitespace replaced by "_" and labels are flattened to one line, because the
 * GoVector regex reads a host as \S* and an event as one line.
 */
export function toShiViz(
  graph: EventGraph,
  clocks: readonly VectorClock[] = vectorClocks(graph),
): string {
  const hostNames = graph.hosts.map(shiVizHostName);
  const lines = [GOVECTOR_REGEX, '', ''];
  for (const event of graph.events) {
    const clock = clocks[event.id] ?? [];
    const entries = hostNames.flatMap((name, h) => ((clock[h] ?? 0) > 0 ? [[name, clock[h]]] : []));
    lines.push(`${shiVizHostName(event.host)} ${JSON.stringify(Object.fromEntries(entries))}`);
    lines.push(event.label.replace(/\r\n|\r|\n/g, ' '));
  }
  return `${lines.join('\n')}\n`;
}

/** The name a host gets in a ShiViz log: no whitespace, never empty. Pure. */
export function shiVizHostName(host: string): string {
  const name = host.replace(/\s+/g, '_');
  return name === '' ? '_' : name;
}
