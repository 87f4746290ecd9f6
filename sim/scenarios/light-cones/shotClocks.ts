/**
 * The run's vector clocks at the grain the lesson talks about: a shot (firing and telling
 * everyone is one event, one message to all) and each node hearing a shooter's "I fired".
 * The trace gives the events; the causality library's `vectorClocks` (Fidge 1988,
 * Mattern 1989) gives their clocks, so an exercise checks answers against the clocks of
 * the very run it shows. Pure.
 */
import {
  buildEventGraph,
  compareVectorClocks,
  vectorClocks,
  type ClockOrder,
  type EventSpec,
  type VectorClock,
} from '@/sim/checkers/causality';
import type { NodeId } from '@/sim/core/ids';
import { describeTime, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import { roleOf } from './geometry';

/** A shooter firing, or a node hearing a shooter's message. */
export type ShotEventRef =
  | { readonly node: NodeId; readonly what: 'fires' }
  | { readonly node: NodeId; readonly what: 'hears'; readonly from: NodeId };

export interface ShotEvent {
  readonly node: NodeId;
  readonly what: 'fires' | 'hears';
  /** For 'hears': whose message. */
  readonly from?: NodeId;
  readonly at: Micros;
  /** Indexed like `ShotClocks.hosts`. */
  readonly clock: VectorClock;
}

export interface ShotClocks {
  readonly hosts: readonly NodeId[];
  readonly events: readonly ShotEvent[];
}

/** The shots and hearings of `entries`, with their vector clocks. Pure; O(entries). */
export function shotClocks(entries: readonly TraceEntry[], nodes: readonly NodeId[]): ShotClocks {
  const specs: EventSpec[] = [];
  const found: Omit<ShotEvent, 'clock'>[] = [];
  /** A shooter's node → the id standing for its one message to everyone. */
  const shotMessage = new Map<NodeId, number>();
  for (const entry of entries) {
    if (entry.type === 'timer' && entry.name === 'fire') {
      shotMessage.set(entry.node, shotMessage.size);
      specs.push({
        host: entry.node,
        kind: 'send',
        time: entry.at,
        label: 'fires',
        messageId: shotMessage.get(entry.node)!,
      });
      found.push({ node: entry.node, what: 'fires', at: entry.at });
    } else if (entry.type === 'deliver' && shotMessage.has(entry.from)) {
      specs.push({
        host: entry.to,
        kind: 'receive',
        time: entry.at,
        label: `hears ${entry.from}`,
        messageId: shotMessage.get(entry.from)!,
      });
      found.push({ node: entry.to, what: 'hears', from: entry.from, at: entry.at });
    }
  }
  const clocks = vectorClocks(buildEventGraph(nodes, specs));
  return { hosts: nodes, events: found.map((event, i) => ({ ...event, clock: clocks[i]! })) };
}

/** The first event matching `ref`, if the run has one. Pure. */
export function findShotEvent(clocks: ShotClocks, ref: ShotEventRef): ShotEvent | undefined {
  return clocks.events.find(
    (event) =>
      event.node === ref.node &&
      event.what === ref.what &&
      (ref.what === 'fires' || event.from === ref.from),
  );
}

function named(id: NodeId): string {
  const role = roleOf(id);
  return role === 'observer' ? id : `${id} (the ${role})`;
}

/** "n1 (the soldier) fires at 1.00 s", "n5 hears n2 at 1.75 s". Pure. */
export function describeShotEvent(event: ShotEvent): string {
  const what = event.what === 'fires' ? 'fires' : `hears ${named(event.from!)}`;
  return `${named(event.node)} ${what} at ${describeTime(event.at)}`;
}

/** "[n1 1, n2 2, n3 0, n4 0, n5 1]". Pure. */
export function clockText(hosts: readonly NodeId[], clock: VectorClock): string {
  return `[${hosts.map((host, h) => `${host} ${clock[h] ?? 0}`).join(', ')}]`;
}

/** How `a` relates to `b`, by their clocks. Pure. */
export function shotOrder(a: ShotEvent, b: ShotEvent): ClockOrder {
  return compareVectorClocks(a.clock, b.clock);
}

/**
 * Why the clocks of events A and B give their order, naming the entries that decide it:
 * "A's clock is ahead at n3 (1 > 0) and B's at n5 (2 > 0)". Pure.
 */
export function orderReason(hosts: readonly NodeId[], a: ShotEvent, b: ShotEvent): string {
  const entry = (clock: VectorClock, h: number) => clock[h] ?? 0;
  const ahead = (x: ShotEvent, y: ShotEvent) =>
    hosts.findIndex((_, h) => entry(x.clock, h) > entry(y.clock, h));
  const at = (x: ShotEvent, y: ShotEvent, h: number) =>
    `${hosts[h]} (${entry(x.clock, h)} > ${entry(y.clock, h)})`;
  const allAhead = (x: ShotEvent, y: ShotEvent) =>
    hosts
      .flatMap((_, h) => (entry(x.clock, h) > entry(y.clock, h) ? [at(x, y, h)] : []))
      .join(' and ');
  switch (shotOrder(a, b)) {
    case 'concurrent':
      return (
        `A's clock is ahead at ${at(a, b, ahead(a, b))} and B's at ` +
        `${at(b, a, ahead(b, a))}: each is ahead somewhere, so no chain of messages ` +
        `links them. They are concurrent.`
      );
    case 'before':
      return (
        `B's clock is at least A's in every entry, and ahead at ` +
        `${allAhead(b, a)}: A is in B's past.`
      );
    case 'after':
      return (
        `A's clock is at least B's in every entry, and ahead at ` +
        `${allAhead(a, b)}: B is in A's past.`
      );
    case 'equal':
      return 'The clocks are equal: it is one event.';
  }
}
