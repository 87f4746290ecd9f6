/**
 * A fixed event graph as space-time data. Events with times keep them; a graph in which
 * any event lacks a time (an imported ShiViz log has none) is laid out by Lamport clock,
 * which keeps every arrow pointing forward.
 */
import { hostIndexes, type EventGraph } from '@/sim/checkers/causality';
import type { MessageCopy } from '@/sim/checkers/causality/fromTrace';
import { EventLayout } from './eventLayout';
import type { SpaceTimeData } from './spaceTimeData';

/** Builds the layout and message copies of a fixed graph. Pure; O(events × hosts). */
export function staticSpaceTimeData(graph: EventGraph): SpaceTimeData {
  const indexes = hostIndexes(graph);
  const timed = graph.events.length > 0 && graph.events.every((e) => e.time !== undefined);
  const layout = new EventLayout(graph.hosts.length);
  for (const event of graph.events)
    layout.append(event, indexes.get(event.host) ?? 0, timed ? event.time! : null);

  const order = Array.from(graph.events, (_, id) => id);
  order.sort((a, b) => layout.x[a]! - layout.x[b]! || a - b);
  const sorted = order.every((id, i) => id === i);
  const messages = messageCopies(graph, layout);
  const longestFlight = messages.reduce((m, c) => Math.max(m, c.deliverAt - c.sentAt), 0);
  return {
    hosts: graph.hosts,
    events: graph.events,
    layout,
    messages,
    longestFlight,
    downtime: [],
    axis: timed ? 'time' : 'logical',
    order: sorted ? null : Int32Array.from(order),
    sortedX: Float64Array.from(order, (id) => layout.x[id]!),
    live: false,
  };
}

/**
 * One copy per send and receiving host, sorted by send position: an arrow from a send
 * to each host that receives it (an event that receives several messages at once gets
 * an arrow from each). A send nobody receives has no target to draw towards, so it
 * stays a dot.
 */
function messageCopies(graph: EventGraph, layout: EventLayout): MessageCopy[] {
  const receivesOf = new Map<string, { sendId: number; receives: number[] }>();
  const link = (sendId: number, id: number) => {
    const key = `${sendId}>${layout.lane[id]}`;
    const entry = receivesOf.get(key);
    if (entry) entry.receives.push(id);
    else receivesOf.set(key, { sendId, receives: [id] });
  };
  for (let id = 0; id < layout.count; id++) {
    const sendId = layout.sendOf[id]!;
    if (sendId < 0) continue;
    link(sendId, id);
    for (const more of layout.moreSendsOf.get(id) ?? []) link(more, id);
  }
  const copies: MessageCopy[] = [];
  for (const { sendId, receives } of receivesOf.values()) {
    const send = graph.events[sendId]!;
    const last = receives[receives.length - 1]!;
    copies.push({
      messageId: send.messageId ?? sendId,
      graphMessageId: send.messageId ?? sendId,
      sendEventId: sendId,
      from: send.host,
      to: graph.events[receives[0]!]!.host,
      type: send.label,
      sentAt: layout.x[sendId]!,
      deliverAt: layout.x[last]!,
      receiveEventIds: receives,
      drop: null,
    });
  }
  return copies.sort((a, b) => a.sentAt - b.sentAt || a.sendEventId - b.sendEventId);
}
