/** Helpers the ShiViz format's tests share. */
import { GOVECTOR_REGEX } from './shivizRegex';
import type { ParsedLog, ParseShiVizResult } from './shivizTypes';

/** A GoVector file: header on lines 1–3, so the first entry is on line 4. */
export const govectorLog = (...lines: string[]) => [GOVECTOR_REGEX, '', '', ...lines].join('\n');

export function executionsOf(result: ParseShiVizResult): readonly ParsedLog[] {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.executions;
}

/**
 * The graph without ids, one compact string per event: "host kind#message label", with
 * "+m,n" after the message for the further messages an event receives.
 */
export function shape(log: ParsedLog): string[] {
  return log.graph.events.map((event) => {
    const message = event.messageId === undefined ? '' : `#${event.messageId}`;
    const more = event.receives === undefined ? '' : `+${event.receives.join(',')}`;
    return `${event.host} ${event.kind}${message}${more} ${event.label}`;
  });
}
