/**
 * The event graph: the one input every causality view and checker reads.
 *
 * It is the space-time diagram of Lamport 1978 ("Time, Clocks, and the Ordering of
 * Events in a Distributed System", Fig. 1): one timeline per host, events on each
 * timeline in program order, and message edges from a send to its receives. A send
 * may have no receive (the message was lost) or several (it was duplicated or
 * broadcast). Nothing else orders events; that is the whole point.
 *
 * Conventions that keep every algorithm linear and allocation-light:
 * - `events[i].id === i`. Ids are positions, so clocks are plain arrays indexed by id.
 * - `events` is in an order consistent with causality: per host in program order,
 *   and every receive after its send. `buildEventGraph` assigns ids for you.
 */

export type EventKind = 'send' | 'receive' | 'local';

export interface CausalEvent {
  /** Position in `EventGraph.events`. */
  readonly id: number;
  readonly host: string;
  readonly kind: EventKind;
  /** Virtual time in microseconds, when the producer knows it. */
  readonly time?: number;
  /** Human-readable, e.g. "receive heartbeat from n1". */
  readonly label: string;
  /** Links a send to its receive(s). Absent on local events. */
  readonly messageId?: number;
  /**
   * Further messages this event receives, by message id, for an event that does more
   * than one thing at once: a receive that merges several messages in one step (a
   * quorum read, a barrier; its first message is `messageId`), or a send that first
   * receives (a relay logged as one "got X, forwarded Y" event). Absent on most events,
   * and never on a local one.
   */
  readonly receives?: readonly number[];
}

export interface EventGraph {
  readonly hosts: readonly string[];
  readonly events: readonly CausalEvent[];
}

/** An event before it has an id: what producers write. */
export type EventSpec = Omit<CausalEvent, 'id'>;

/**
 * Builds an event graph, numbering events by position. Pure.
 * It does not validate; call `validateEventGraph` on untrusted input.
 */
export function buildEventGraph(hosts: readonly string[], specs: readonly EventSpec[]): EventGraph {
  return {
    hosts: [...hosts],
    events: specs.map((spec, id) => ({ ...spec, id })),
  };
}

/** Maps each host name to its index in `graph.hosts`. Pure. */
export function hostIndexes(graph: EventGraph): Map<string, number> {
  const indexes = new Map<string, number>();
  graph.hosts.forEach((host, index) => {
    if (!indexes.has(host)) indexes.set(host, index);
  });
  return indexes;
}

/**
 * The event ids on each host in program order, indexed like `graph.hosts`. Pure.
 * Events on an unknown host are left out (validation reports them).
 */
export function hostTimelines(graph: EventGraph): number[][] {
  const indexes = hostIndexes(graph);
  const timelines: number[][] = graph.hosts.map(() => []);
  for (const event of graph.events) {
    const hostIndex = indexes.get(event.host);
    if (hostIndex !== undefined) timelines[hostIndex]?.push(event.id);
  }
  return timelines;
}

/**
 * For each event id, the id of the send it receives, or -1 (local events, sends, and
 * receives whose send is missing or comes later). Pure.
 */
export function sendOfReceive(graph: EventGraph): Int32Array {
  const sendByMessage = new Map<number, number>();
  const result = new Int32Array(graph.events.length).fill(-1);
  for (const event of graph.events) {
    if (event.messageId === undefined) continue;
    switch (event.kind) {
      case 'send':
        if (!sendByMessage.has(event.messageId)) sendByMessage.set(event.messageId, event.id);
        break;
      case 'receive':
        result[event.id] = sendByMessage.get(event.messageId) ?? -1;
        break;
      case 'local':
        break;
      default:
        return assertNever(event.kind);
    }
  }
  return result;
}

const NO_MESSAGES: readonly number[] = [];

/** The ids of every message `event` receives: its own for a receive, then `receives`. Pure. */
export function receivedMessages(event: CausalEvent): readonly number[] {
  const more = event.receives ?? NO_MESSAGES;
  if (event.kind !== 'receive' || event.messageId === undefined) return more;
  return more.length === 0 ? [event.messageId] : [event.messageId, ...more];
}

/**
 * For each event id, the ids of the sends it receives, in the order its messages are
 * listed: one for an ordinary receive, several for a merge, none for most events.
 * Messages whose send is missing or comes later are left out. Pure; O(events).
 */
export function sendsReceivedBy(graph: EventGraph): (readonly number[])[] {
  const sendByMessage = new Map<number, number>();
  return graph.events.map((event) => {
    const sends: number[] = [];
    for (const message of receivedMessages(event)) {
      const send = sendByMessage.get(message);
      if (send !== undefined) sends.push(send);
    }
    if (event.kind === 'send' && event.messageId !== undefined) {
      if (!sendByMessage.has(event.messageId)) sendByMessage.set(event.messageId, event.id);
    }
    return sends.length === 0 ? NO_MESSAGES : sends;
  });
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
