/**
 * What a stretch of the run needs from everything before it, kept as the trace is read:
 * each lane's vector and Lamport clock (and the time and rank of its last event), the
 * message copies on the wire with the clocks of their sends, and which hosts are down.
 * A live diagram holds only a stretch of the run (liveData.ts); it starts that stretch's
 * graph builder and layout from one of these, so a receive whose send fell out of the
 * stretch still merges the send's clock, and every held event has the clock a build of
 * the whole trace would give it.
 *
 * The rules are those of TraceGraphBuilder (which entries are events, on which lane,
 * with which message) and EventLayout (Lamport 1978, IR1 and IR2; Fidge 1988 and
 * Mattern 1989), one entry at a time: O(lanes) per entry, and room for the lanes and
 * the copies in flight, whatever the run's length. `liveData.property.test.ts` checks
 * windows built from it against a build of the whole trace.
 *
 * A copy leaves the wire at its first delivery or its drop, and a duplicate is traced
 * while its original is on the wire: both hold for the engine's traces.
 */
import type { GraphSeed, SeedCopy } from '@/sim/checkers/causality/fromTrace';
import type { NodeId } from '@/sim/core/ids';
import type { Micros } from '@/sim/core/time';
import type { TraceEntry, TraceReader } from '@/sim/core/trace';

/** A send's clocks, for the receives of its copies. Never written once made. */
export interface SendClock {
  readonly clock: Int32Array;
  readonly lamport: number;
}

/** What an EventLayout of a stretch starts from (see eventLayout.ts). */
export interface LayoutSeed {
  /** Per lane, the clock of its last event before the stretch (zeros if none). */
  readonly clocks: readonly Int32Array[];
  readonly lamport: readonly number[];
  /** Per lane, the time and rank of its last event before the stretch (NaN, 0 if none). */
  readonly lastX: readonly number[];
  readonly rank: readonly number[];
  /** Graph message id → its send's clocks, for sends on the wire at the stretch's start. */
  readonly sends: ReadonlyMap<number, SendClock>;
}

export class ClockTracker {
  /** How many trace entries have been read. */
  read = 0;
  /** How many events they held. */
  events = 0;
  readonly hosts: NodeId[];
  private readonly lanes = new Map<NodeId, number>();
  private clocks: Int32Array[] = [];
  private lamport: number[] = [];
  private lastX: number[] = [];
  private rank: number[] = [];
  /** Copies on the wire, by message id. */
  private copies = new Map<number, SeedCopy>();
  /** Sends with a copy on the wire, by graph message id. */
  private sends = new Map<number, SendClock>();
  /** Graph message id → how many of its copies are on the wire. */
  private onWire = new Map<number, number>();
  private down = new Map<NodeId, Micros>();

  constructor(nodes: readonly NodeId[]) {
    this.hosts = [];
    for (const node of nodes) this.laneOf(node);
  }

  /** A copy to advance separately: clocks are copied, the rest is never written in place. */
  clone(): ClockTracker {
    const copy = new ClockTracker(this.hosts);
    copy.read = this.read;
    copy.events = this.events;
    copy.clocks = this.clocks.map((clock) => clock.slice());
    copy.lamport = [...this.lamport];
    copy.lastX = [...this.lastX];
    copy.rank = [...this.rank];
    copy.copies = new Map(this.copies);
    copy.sends = new Map(this.sends);
    copy.onWire = new Map(this.onWire);
    copy.down = new Map(this.down);
    return copy;
  }

  /** Reads `trace[this.read, end)`. O(entries × lanes). */
  advance(trace: TraceReader, end: number): void {
    const last = Math.min(end, trace.length);
    for (; this.read < last; this.read++) this.take(trace.at(this.read)!);
  }

  graphSeed(): GraphSeed {
    const down = [...this.down].map(([host, at]) => ({ host, at }));
    return { read: this.read, hosts: [...this.hosts], copies: [...this.copies.values()], down };
  }

  layoutSeed(): LayoutSeed {
    const width = this.hosts.length;
    const clocks = this.clocks.map((clock) => {
      const full = new Int32Array(width);
      full.set(clock);
      return full;
    });
    return {
      clocks,
      lamport: [...this.lamport],
      lastX: [...this.lastX],
      rank: [...this.rank],
      sends: new Map(this.sends),
    };
  }

  private laneOf(host: NodeId): number {
    const known = this.lanes.get(host);
    if (known !== undefined) return known;
    const lane = this.hosts.length;
    this.hosts.push(host);
    this.lanes.set(host, lane);
    this.clocks.push(new Int32Array(lane + 1));
    this.lamport.push(0);
    this.lastX.push(NaN);
    this.rank.push(0);
    return lane;
  }

  /** An event on `host` at `at`, after receiving a send with clocks `from` if given. */
  private event(host: NodeId, at: Micros, from?: SendClock): Int32Array {
    const lane = this.laneOf(host);
    let clock = this.clocks[lane]!;
    if (clock.length < this.hosts.length) {
      const wider = new Int32Array(this.hosts.length);
      wider.set(clock);
      clock = wider;
      this.clocks[lane] = clock;
    }
    let lamport = this.lamport[lane]!;
    if (from) {
      const width = Math.min(from.clock.length, clock.length);
      for (let h = 0; h < width; h++) if (from.clock[h]! > clock[h]!) clock[h] = from.clock[h]!;
      lamport = Math.max(lamport, from.lamport);
    }
    clock[lane]!++;
    this.lamport[lane] = lamport + 1;
    this.rank[lane] = this.lastX[lane] === at ? this.rank[lane]! + 1 : 0;
    this.lastX[lane] = at;
    this.events++;
    return clock;
  }

  /** The copy left the wire: its send's clocks go once no copy of it is left. */
  private landed(copy: SeedCopy): void {
    this.copies.delete(copy.messageId);
    const left = (this.onWire.get(copy.graphMessageId) ?? 1) - 1;
    if (left > 0) return void this.onWire.set(copy.graphMessageId, left);
    this.onWire.delete(copy.graphMessageId);
    this.sends.delete(copy.graphMessageId);
  }

  private take(entry: TraceEntry): void {
    switch (entry.type) {
      case 'send': {
        const original = entry.dupOf === undefined ? undefined : this.copies.get(entry.dupOf);
        const graphMessageId = original?.graphMessageId ?? entry.id;
        const { id: messageId, from, to, at: sentAt, deliverAt } = entry;
        const type = entry.body.type;
        this.copies.set(messageId, {
          messageId,
          graphMessageId,
          from,
          to,
          type,
          sentAt,
          deliverAt,
        });
        this.onWire.set(graphMessageId, (this.onWire.get(graphMessageId) ?? 0) + 1);
        if (original) return;
        const clock = this.event(from, sentAt);
        this.sends.set(messageId, {
          clock: clock.slice(),
          lamport: this.lamport[this.laneOf(from)]!,
        });
        return;
      }
      case 'deliver': {
        const copy = this.copies.get(entry.id);
        this.event(entry.to, entry.at, copy && this.sends.get(copy.graphMessageId));
        if (copy) this.landed(copy);
        return;
      }
      case 'drop': {
        const copy = this.copies.get(entry.id);
        if (copy) this.landed(copy);
        return;
      }
      case 'crash':
        this.event(entry.node, entry.at);
        this.down.set(entry.node, entry.at);
        return;
      case 'restart':
        this.event(entry.node, entry.at);
        this.down.delete(entry.node);
        return;
      case 'timer':
      case 'note':
      case 'state':
      case 'invoke':
      case 'complete':
        this.event(entry.node, entry.at);
        return;
      default:
        // Network-wide entries happen at no node.
        return;
    }
  }
}
