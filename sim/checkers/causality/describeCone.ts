import { describeTime } from '@/sim/core/time';
import { causalCones } from './happensBefore';
import type { CausalEvent, EventGraph } from './eventGraph';
import type { VectorClock } from './vectorClocks';

/**
 * One sentence about an event's light cone, for screen readers and captions. Pure.
 *
 * "n2 receive heartbeat from n1 at 1.20 s: 7 events happen before it, 3 after it,
 * 12 are concurrent with it."
 */
export function describeCone(
  graph: EventGraph,
  eventId: number,
  clocks?: readonly VectorClock[],
): string {
  const event = graph.events[eventId];
  if (event === undefined) return `There is no event ${eventId}.`;
  const cone = causalCones(graph, eventId, clocks);
  return coneSentence(event, {
    past: cone.past.length,
    future: cone.future.length,
    concurrent: cone.concurrent.length,
  });
}

/**
 * describeCone's sentence from the cone's sizes, for callers that count the cone
 * without listing it (from vector clocks, say). Pure.
 */
export function coneSentence(
  event: CausalEvent,
  sizes: { readonly past: number; readonly future: number; readonly concurrent: number },
): string {
  const when = event.time === undefined ? '' : ` at ${describeTime(event.time)}`;
  const before = count(sizes.past, 'event happens', 'events happen');
  const concurrent = sizes.concurrent === 1 ? 'is' : 'are';
  return (
    `${event.host} ${event.label}${when}: ${before} before it, ${sizes.future} after it, ` +
    `${sizes.concurrent} ${concurrent} concurrent with it.`
  );
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
