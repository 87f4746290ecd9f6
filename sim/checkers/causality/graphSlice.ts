/**
 * The later part of a stretch's event graph, without reading the trace again: what a
 * TraceGraphBuilder seeded at trace index `cut` (with the copies on the wire there and
 * the hosts down there) would hold after reading on to where `builder` has read. A live
 * diagram's window (liveData.ts) drops its older half this way: the newer half's events,
 * copies and downtime are copied with their ids moved down, so a slide costs O(held
 * events + copies in flight) and reads no trace entry.
 *
 * It also returns what a ClockTracker at `cut` needs from the graph: the copies on the
 * wire there, each with its send event in `builder` (so its clocks can be read from the
 * layout), and the hosts down there.
 */
import type { NodeId } from '../../core/ids';
import type { Micros } from '../../core/time';
import type { Downtime } from './fromTrace';
import {
  NO_RECEIVES,
  TraceGraphBuilder,
  builderCopy,
  type MessageCopy,
  type SeedCopy,
} from './fromTrace';
import { countBelow, EventOfTrace } from './idTables';

/** A copy on the wire at the cut. */
export interface WireCopy {
  /** The copy, as the sliced builder keeps it (its send before the stretch). */
  readonly copy: SeedCopy;
  /** Its send event in the builder sliced (-1: before that builder's stretch too). */
  readonly send: number;
}

export interface GraphSlice {
  readonly builder: TraceGraphBuilder;
  /** How many events of the builder sliced came before the cut (its ids move down by this). */
  readonly dropped: number;
  /** Copies sent before the cut and still on the wire there, in order of message id. */
  readonly wire: readonly WireCopy[];
  /** Hosts down at the cut, and since when. */
  readonly down: readonly { readonly host: NodeId; readonly at: Micros }[];
}

/**
 * `builder` from trace index `cut` on, for a cut between its first trace index and
 * where it has read. `builder` is left as it was. O(events + copies held + cut's span).
 */
export function sliceGraph(builder: TraceGraphBuilder, cut: number): GraphSlice {
  const first = builder.eventOfTrace.base;
  if (cut < first || cut > builder.read) throw new RangeError(`cut ${cut} outside the stretch`);
  const k = countBelow(builder.traceIndexOf, cut);
  const hosts = builder.graph.hosts;
  const next = new TraceGraphBuilder(
    hosts,
    { read: cut, hosts, copies: [], down: [] },
    builder.labels,
  );
  const events = builder.events;
  for (let id = k; id < events.length; id++) {
    const { host, kind, time, label, messageId } = events[id]!;
    next.events.push(
      messageId === undefined
        ? { host, kind, time, label, id: id - k }
        : { host, kind, time, label, messageId, id: id - k },
    );
    next.traceIndexOf.push(builder.traceIndexOf[id]!);
  }
  next.eventOfTrace = EventOfTrace.rebased(builder.eventOfTrace, cut, builder.read, k);
  next.read = builder.read;
  const moved = (ids: readonly number[]) =>
    ids.length === 0 ? NO_RECEIVES : ids.map((id) => id - k);

  // Copies sent before the cut: on the wire there unless received or dropped before it.
  const wire: WireCopy[] = [];
  builder.copyById.forEach((copy) => {
    if (copy.sendEventId >= k) return;
    const sentAt =
      copy.messageId === copy.graphMessageId
        ? copy.sendEventId >= 0
          ? builder.traceIndexOf[copy.sendEventId]!
          : -1
        : (builder.dupSentAt.get(copy.messageId) ?? -1);
    const drop = copy.drop;
    const later = drop !== null && drop.traceIndex >= cut ? drop : null;
    if (sentAt >= cut) {
      // A duplicate traced after the cut of a send before it: no arrow either.
      next.dupSentAt.set(copy.messageId, sentAt);
      next.copyById.set(copy.messageId, builderCopy(copy, -1, moved(copy.receiveEventIds), later));
      return;
    }
    const firstReceive = copy.receiveEventIds[0];
    if ((firstReceive !== undefined && firstReceive < k) || (drop !== null && later === null))
      return;
    const unsent = builderCopy(copy, -1, moved(copy.receiveEventIds), later);
    next.copyById.set(copy.messageId, unsent);
    wire.push({ copy: unsent, send: copy.sendEventId });
  });

  // All of them enter the stretch (received after the cut, lost after it, or still on
  // the wire), in order of message id, as a builder seeded at the cut lists them.
  next.copyById.forEach((copy) => void next.inbound.push(copy));

  // Copies sent from held events keep their arrows.
  for (const copy of builder.messages) {
    if (copy.sendEventId < k) continue;
    const receives = moved(copy.receiveEventIds);
    const held = builderCopy(copy, copy.sendEventId - k, receives, copy.drop);
    next.messages.push(held);
    next.copyById.set(copy.messageId, held);
    const dupAt = builder.dupSentAt.get(copy.messageId);
    if (dupAt !== undefined) next.dupSentAt.set(copy.messageId, dupAt);
    next.longestFlight = Math.max(next.longestFlight, flightOf(held, events, k));
  }

  // Hosts down at the cut come first, as a seeded builder has them; then later crashes.
  const down: { host: NodeId; at: Micros }[] = [];
  const later: Downtime[] = [];
  for (const span of builder.downtime) {
    const restart = span.restartEventId === null ? null : span.restartEventId - k;
    if (span.crashEventId >= k) {
      later.push({ ...span, crashEventId: span.crashEventId - k, restartEventId: restart });
    } else if (restart === null || restart >= 0) {
      down.push({ host: span.host, at: span.from });
      next.downtime.push({ ...span, crashEventId: -1, restartEventId: restart });
    }
  }
  next.downtime.push(...later);
  next.downtime.forEach((span, at) => {
    if (span.to === null) next.openCrash.set(span.host, at);
  });
  return { builder: next, dropped: k, wire, down };
}

/** How long a held copy has been on the wire, as a builder counts it (see longestFlight). */
function flightOf(copy: MessageCopy, events: TraceGraphBuilder['events'], k: number): number {
  let until = copy.deliverAt;
  for (const receive of copy.receiveEventIds) until = Math.max(until, events[receive + k]!.time!);
  if (copy.drop !== null) until = Math.max(until, copy.drop.at);
  return until - copy.sentAt;
}
