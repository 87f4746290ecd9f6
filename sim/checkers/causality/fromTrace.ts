/**
 * From a simulation trace to an event graph: the bridge between the engine's journal
 * and the causality library, as Maelstrom draws its Lamport diagrams from the message
 * journal.
 *
 * Each node is a host. A `send` is a send event at the sender, a `deliver` a receive
 * at the receiver (linked by message id), and timers, notes, state changes, client
 * invocations and completions, crashes and restarts are local events. A dropped
 * message stays a send with no receive; the drop itself is no event (nobody observed
 * it), but its time is kept so a view can draw the message dying on the wire.
 * Network-wide entries (partition, block, heal, slow, param) happen at no node and
 * are left out.
 *
 * The engine traces a duplicated message as a second `send` with `dupOf` set. It is
 * the same send, so it becomes no new event: its deliveries are further receives of
 * the original message, which is how the event graph models duplicates.
 */
import type { NodeId } from '../../core/ids';
import { assertNever } from '../../core/assertNever';
import type { Micros } from '../../core/time';
import type { DropReason, TraceEntry, TraceReader } from '../../core/trace';
import type { CausalEvent, EventGraph } from './eventGraph';
import { EventOfTrace, IdTable } from './idTables';
import { localLabel } from './localLabel';

/** What became of one copy of a message: the arrow or stub a view draws. */
export interface MessageCopy {
  /** The copy's own id in the trace (a duplicate has its own id). */
  readonly messageId: number;
  /** The id the graph links by: the original's id for a duplicate. */
  readonly graphMessageId: number;
  readonly sendEventId: number;
  readonly from: NodeId;
  readonly to: NodeId;
  /** The message body's type, e.g. "heartbeat". */
  readonly type: string;
  readonly sentAt: Micros;
  /** When it would have arrived had nothing stopped it. */
  readonly deliverAt: Micros;
  /** Receive event ids of this copy, in order (more than one only for a re-delivered id). */
  readonly receiveEventIds: readonly number[];
  /** Set when the copy died on the wire. */
  readonly drop: {
    readonly at: Micros;
    readonly reason: DropReason;
    readonly traceIndex: number;
  } | null;
}

/** A node's time down: between a crash and its restart (null: still down at the end). */
export interface Downtime {
  readonly host: NodeId;
  readonly from: Micros;
  readonly to: Micros | null;
  readonly crashEventId: number;
  readonly restartEventId: number | null;
}

export interface TraceGraph {
  readonly graph: EventGraph;
  /** Event id → index of the trace entry it came from. Increasing. */
  readonly traceIndexOf: readonly number[];
  /**
   * Trace index → event id. A duplicate's send and a drop map to the send event they
   * belong to; network-wide entries have no event.
   */
  readonly eventOfTrace: EventOfTrace;
  /** Every copy of every message, in order of sending. */
  readonly messages: readonly MessageCopy[];
  readonly downtime: readonly Downtime[];
  /**
   * The longest a copy has been on the wire, in µs: from its send to its last receive,
   * its drop, or (while in flight) its intended delivery. Views cull arrows with it.
   */
  readonly longestFlight: Micros;
}

/** The receives of a copy not received yet: shared, never written (a receive replaces it). */
export const NO_RECEIVES: number[] = [];

/**
 * A builder's copy of `copy`, sent from event `sendEventId` (-1: before the stretch the
 * builder reads, so no arrow of it, only its receives).
 */
export function builderCopy(
  copy: SeedCopy,
  sendEventId = -1,
  receiveEventIds: number[] = NO_RECEIVES,
  drop: MessageCopy['drop'] = null,
): MutableCopy {
  // Written out, not spread, so every copy shares one shape.
  const { messageId, graphMessageId, from, to, type, sentAt, deliverAt } = copy;
  return {
    messageId,
    graphMessageId,
    sendEventId,
    from,
    to,
    type,
    sentAt,
    deliverAt,
    receiveEventIds,
    drop,
  };
}

export { EventOfTrace };

/**
 * A copy sent before the first entry a builder reads and still on the wire there: its
 * receive inside the stretch read is a receive event whose send lies outside it.
 */
export interface SeedCopy {
  readonly messageId: number;
  readonly graphMessageId: number;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly type: string;
  readonly sentAt: Micros;
  readonly deliverAt: Micros;
}

/**
 * Where a builder of a stretch of the trace starts: what the entries before `read`
 * left behind that the stretch needs (see liveWindow.ts, which keeps one).
 */
export interface GraphSeed {
  /** The first trace index to read. */
  readonly read: number;
  /** Hosts in lane order, including any the trace named before `read`. */
  readonly hosts: readonly NodeId[];
  readonly copies: readonly SeedCopy[];
  /** Hosts down at `read`, and since when. */
  readonly down: readonly { readonly host: NodeId; readonly at: Micros }[];
}

/** A copy as a builder keeps it: its receives and drop are filled in as they are read. */
export interface MutableCopy {
  messageId: number;
  graphMessageId: number;
  sendEventId: number;
  from: NodeId;
  to: NodeId;
  type: string;
  sentAt: Micros;
  deliverAt: Micros;
  receiveEventIds: number[];
  drop: MessageCopy['drop'];
}

/**
 * Builds the event graph of `trace[0, end)` on hosts `nodes` (lane order). Pure;
 * O(end). Hosts the trace names but `nodes` does not are appended in order of first
 * appearance, so the graph stays valid. Events are in trace order, which is
 * chronological, so the graph of a shorter `end` is a prefix of this one.
 */
export function eventGraphFromTrace(
  trace: TraceReader,
  end: number,
  nodes: readonly NodeId[],
): TraceGraph {
  const builder = new TraceGraphBuilder(nodes);
  builder.extend(trace, end);
  return builder;
}

/**
 * The incremental form of `eventGraphFromTrace`, for a run that grows: `extend` reads
 * only the entries it has not read yet, so following a live run costs O(new entries)
 * per frame rather than O(trace).
 *
 * It is a TraceGraph whose arrays grow in place. Entries already written never change,
 * except that a message copy gains its receives or its drop later. Whoever holds one
 * must read it as of a count, or copy it; `eventGraphFromTrace` hands out a builder
 * nobody extends again, which is therefore immutable.
 */
export class TraceGraphBuilder implements TraceGraph {
  private readonly hosts: NodeId[];
  private readonly known: Set<NodeId>;
  readonly events: CausalEvent[] = [];
  readonly traceIndexOf: number[] = [];
  /** Written only as it is built (and by sliceGraph, in place of a fresh one). */
  eventOfTrace: EventOfTrace;
  readonly messages: MutableCopy[] = [];
  /**
   * Copies sent before the stretch read and on the wire at its start (a duplicate of one
   * traced later included), in order of message id: their sends are no events here, so
   * a view draws them entering from the stretch's start, to their receives, to where
   * they were lost, or while on the wire (empty when reading from the start).
   */
  readonly inbound: MutableCopy[] = [];
  readonly downtime: Downtime[] = [];
  readonly graph: EventGraph;
  /** How many trace entries have been read. */
  read = 0;
  longestFlight: Micros = 0;
  // The next four are read by sliceGraph (graphSlice.ts) and written by no one else.
  /** Message id → its copy, seeded copies included. */
  readonly copyById = new IdTable<MutableCopy>();
  /** Host → its open entry in `downtime`. */
  readonly openCrash = new Map<NodeId, number>();
  /** A duplicate's message id → the trace index of its send entry (duplicates are rare). */
  readonly dupSentAt = new Map<number, number>();
  /** One string per distinct label: a long run repeats a few hundred labels millions of times. */
  readonly labels: Map<string, string>;

  /**
   * A builder of `trace[0, …)`, or with `seed`, of the stretch from `seed.read` on: its
   * event ids count from that stretch's first event. A seeded copy is no arrow in
   * `messages` (its send is not in the stretch), but its receive is a receive event.
   */
  constructor(nodes: readonly NodeId[], seed?: GraphSeed, labels = new Map<string, string>()) {
    this.labels = labels;
    this.hosts = [...(seed?.hosts ?? nodes)];
    this.known = new Set(this.hosts);
    this.graph = { hosts: this.hosts, events: this.events };
    this.read = seed?.read ?? 0;
    this.eventOfTrace = new EventOfTrace(this.read);
    for (const copy of seed?.copies ?? []) {
      const held = builderCopy(copy);
      this.copyById.set(copy.messageId, held);
      this.inbound.push(held);
    }
    for (const { host, at } of seed?.down ?? []) {
      this.openCrash.set(host, this.downtime.length);
      this.downtime.push({ host, from: at, to: null, crashEventId: -1, restartEventId: null });
    }
  }

  /** Reads `trace[this.read, end)`, stopping early once it holds `maxEvents` events. */
  extend(trace: TraceReader, end: number, maxEvents = Infinity): void {
    const last = Math.min(end, trace.length);
    let index = this.read;
    for (; index < last && this.events.length < maxEvents; index++)
      this.take(trace.at(index)!, index);
    this.read = Math.max(this.read, index);
  }

  private add(
    index: number,
    host: NodeId,
    kind: CausalEvent['kind'],
    time: Micros,
    label: string,
    messageId?: number,
  ): number {
    if (!this.known.has(host)) {
      this.known.add(host);
      this.hosts.push(host);
    }
    const id = this.events.length;
    // Written out, not spread: every event then shares one shape (a spread gives each
    // its own hidden class, which costs more than the event).
    this.events.push(
      messageId === undefined
        ? { host, kind, time, label, id }
        : { host, kind, time, label, messageId, id },
    );
    this.traceIndexOf.push(index);
    this.eventOfTrace.set(index, id);
    return id;
  }

  /** The shared copy of a label that recurs (sends, receives, timers, notes). */
  private label(text: string): string {
    const known = this.labels.get(text);
    if (known !== undefined) return known;
    this.labels.set(text, text);
    return text;
  }

  private flight(copy: MutableCopy, until: Micros): void {
    this.longestFlight = Math.max(this.longestFlight, until - copy.sentAt);
  }

  private take(entry: TraceEntry, index: number): void {
    switch (entry.type) {
      case 'send':
        return this.takeSend(entry, index);
      case 'deliver':
        return this.takeDeliver(entry, index);
      case 'drop': {
        const copy = this.copyById.get(entry.id);
        if (!copy) return;
        copy.drop = { at: entry.at, reason: entry.reason, traceIndex: index };
        if (copy.sendEventId < 0) return;
        this.eventOfTrace.set(index, copy.sendEventId);
        return this.flight(copy, entry.at);
      }
      case 'crash': {
        const id = this.add(index, entry.node, 'local', entry.at, 'crash');
        this.openCrash.set(entry.node, this.downtime.length);
        this.downtime.push({
          host: entry.node,
          from: entry.at,
          to: null,
          crashEventId: id,
          restartEventId: null,
        });
        return;
      }
      case 'restart': {
        const id = this.add(index, entry.node, 'local', entry.at, 'restart');
        const open = this.openCrash.get(entry.node);
        if (open === undefined) return;
        this.downtime[open] = { ...this.downtime[open]!, to: entry.at, restartEventId: id };
        this.openCrash.delete(entry.node);
        return;
      }
      case 'timer':
      case 'note':
      case 'state':
        this.add(index, entry.node, 'local', entry.at, this.label(localLabel(entry)));
        return;
      case 'invoke':
      case 'complete':
        // Request numbers make these labels unique: nothing to share.
        this.add(index, entry.node, 'local', entry.at, localLabel(entry));
        return;
      case 'partition':
      case 'block':
      case 'heal':
      case 'slow':
      case 'param':
        return;
      default:
        assertNever(entry);
    }
  }

  private takeSend(entry: Extract<TraceEntry, { type: 'send' }>, index: number): void {
    const original = entry.dupOf === undefined ? undefined : this.copyById.get(entry.dupOf);
    let sendEventId: number;
    if (original) {
      this.dupSentAt.set(entry.id, index);
      sendEventId = original.sendEventId;
      if (sendEventId >= 0) this.eventOfTrace.set(index, sendEventId);
    } else {
      const label = this.label(`send ${entry.body.type} to ${entry.to}`);
      sendEventId = this.add(index, entry.from, 'send', entry.at, label, entry.id);
    }
    const copy: MutableCopy = {
      messageId: entry.id,
      graphMessageId: original?.graphMessageId ?? entry.id,
      sendEventId,
      from: entry.from,
      to: entry.to,
      type: entry.body.type,
      sentAt: entry.at,
      deliverAt: entry.deliverAt,
      receiveEventIds: NO_RECEIVES,
      drop: null,
    };
    this.copyById.set(entry.id, copy);
    // A duplicate of a seeded copy has its send outside the stretch too.
    if (sendEventId < 0) return void this.inbound.push(copy);
    this.messages.push(copy);
    this.flight(copy, entry.deliverAt);
  }

  private takeDeliver(entry: Extract<TraceEntry, { type: 'deliver' }>, index: number): void {
    const copy = this.copyById.get(entry.id);
    if (!copy) {
      // Its send is not in the trace; the delivery is still something the node did.
      this.add(
        index,
        entry.to,
        'local',
        entry.at,
        `receive message ${entry.id} from ${entry.from}`,
      );
      return;
    }
    const again = copy.receiveEventIds.length > 0;
    const duplicate = copy.messageId !== copy.graphMessageId;
    const suffix = again ? ' again' : duplicate ? ' (duplicate)' : '';
    const label = this.label(`receive ${copy.type} from ${entry.from}${suffix}`);
    const id = this.add(index, entry.to, 'receive', entry.at, label, copy.graphMessageId);
    // A new array of the exact size: most copies are received once, and an array grown
    // by push (or built by a spread) reserves room for 17.
    const before = copy.receiveEventIds;
    copy.receiveEventIds = before.length === 0 ? [id] : before.concat(id);
    if (copy.sendEventId >= 0) this.flight(copy, entry.at);
  }
}
