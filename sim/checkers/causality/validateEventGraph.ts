import { assertNever, type CausalEvent, type EventGraph } from './eventGraph';

/** One thing wrong with a graph. `eventId` is null for graph-level problems. */
export interface GraphIssue {
  readonly eventId: number | null;
  readonly message: string;
}

/**
 * Checks the invariants the clock algorithms rely on. Pure; returns [] when valid.
 *
 * - host names are unique, and every event is on a listed host;
 * - `events[i].id === i`;
 * - a send carries a message id no other send uses; a local event carries none;
 * - a receive names a message whose send comes earlier in `events`, and so does each
 *   of an event's further `receives` (which a local event never has);
 * - known times never decrease along a host's timeline.
 */
export function validateEventGraph(graph: EventGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const hosts = new Set<string>();
  for (const host of graph.hosts) {
    if (hosts.has(host)) issues.push({ eventId: null, message: `Host "${host}" is listed twice.` });
    hosts.add(host);
  }

  const sentMessages = new Set<number>();
  const lastTimeByHost = new Map<string, number>();
  graph.events.forEach((event, index) => {
    if (event.id !== index) {
      issues.push({ eventId: index, message: `Event at position ${index} has id ${event.id}.` });
    }
    if (!hosts.has(event.host)) {
      issues.push({
        eventId: index,
        message: `Event ${index} is on unknown host "${event.host}".`,
      });
    }
    const messageIssue = checkReceives(event, sentMessages) ?? checkMessage(event, sentMessages);
    if (messageIssue !== null) issues.push({ eventId: index, message: messageIssue });
    if (event.time !== undefined) {
      const last = lastTimeByHost.get(event.host);
      if (!Number.isFinite(event.time)) {
        issues.push({ eventId: index, message: `Event ${index} has a non-finite time.` });
      } else if (last !== undefined && event.time < last) {
        issues.push({
          eventId: index,
          message: `Event ${index} on ${event.host} goes back in time (${event.time} µs after ${last} µs).`,
        });
      } else {
        lastTimeByHost.set(event.host, event.time);
      }
    }
  });
  return issues;
}

/** Returns a problem with the event's further received messages, or null. */
function checkReceives(event: CausalEvent, sentMessages: Set<number>): string | null {
  if (event.receives === undefined) return null;
  if (event.kind === 'local') return `Local event ${event.id} receives messages.`;
  const unsent = event.receives.find((message) => !sentMessages.has(message));
  return unsent === undefined
    ? null
    : `Event ${event.id} receives message ${unsent} before any send of it.`;
}

/** Returns a problem with the event's message link, or null. Mutates `sentMessages`. */
function checkMessage(event: CausalEvent, sentMessages: Set<number>): string | null {
  switch (event.kind) {
    case 'send':
      if (event.messageId === undefined) return `Send ${event.id} has no message id.`;
      if (sentMessages.has(event.messageId)) {
        return `Send ${event.id} reuses message id ${event.messageId}.`;
      }
      sentMessages.add(event.messageId);
      return null;
    case 'receive':
      if (event.messageId === undefined) return `Receive ${event.id} has no message id.`;
      if (!sentMessages.has(event.messageId)) {
        return `Receive ${event.id} comes before any send of message ${event.messageId}.`;
      }
      return null;
    case 'local':
      return event.messageId === undefined
        ? null
        : `Local event ${event.id} carries message id ${event.messageId}.`;
    default:
      return assertNever(event.kind);
  }
}
