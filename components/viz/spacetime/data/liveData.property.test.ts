import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CausalEvent } from '@/sim/checkers/causality';
import {
  eventGraphFromTrace,
  type MessageCopy,
  type TraceGraph,
} from '@/sim/checkers/causality/fromTrace';
import { type Simulation, US_PER_MS, US_PER_S } from '@/sim/core';
import { EventLayout } from './eventLayout';
import { LiveSpaceTimeData } from './liveData';
import { visibleSegments, type Visibility } from '../queries/messageSegments';
import { layoutFace, nodes, run } from './testRuns';

interface Whole {
  readonly graph: TraceGraph;
  readonly layout: EventLayout;
  /** Message id → the trace index of its send entry. */
  readonly sentAt: Map<number, number>;
}

function whole(sim: Simulation): Whole {
  const graph = eventGraphFromTrace(sim.trace, sim.trace.length, nodes);
  const layout = new EventLayout(graph.graph.hosts.length);
  const lanes = new Map(graph.graph.hosts.map((host, lane) => [host, lane]));
  for (const event of graph.graph.events) layout.append(event, lanes.get(event.host)!, event.time!);
  const sentAt = new Map<number, number>();
  for (let index = 0; index < sim.trace.length; index++) {
    const entry = sim.trace.at(index)!;
    if (entry.type === 'send') sentAt.set(entry.id, index);
  }
  return { graph, layout, sentAt };
}

/** Every held event and copy against the build of the whole trace, mapped by trace index. */
function expectSameAsWhole(data: LiveSpaceTimeData, full: Whole, end: number): void {
  const { graph, layout } = full;
  const fullId = (id: number) => graph.eventOfTrace.get(data.traceIndexOf[id]!)!;
  const before = graph.traceIndexOf.filter((index) => index < data.start).length;
  expect(data.earlier).toBe(before);
  expect(data.events.length).toBeLessThanOrEqual(data.cap);
  // The window is every event from its start on, up to its end, and covers the cursor.
  expect(data.events.map((_, id) => fullId(id))).toEqual(data.events.map((_, id) => before + id));
  if (data.start > 0) expect(data.start).toBeLessThan(Math.max(1, end));
  const upTo = graph.traceIndexOf.filter((index) => index >= data.start && index < end).length;
  expect(data.visibleCount(end)).toBe(upTo);
  const held = data.layout;
  const describe = (events: readonly CausalEvent[], l: EventLayout, id: number, send: number) => {
    const { id: _id, ...event } = events[id]!;
    const clock = l.clockVector(id).join(',');
    return [event, l.lane[id], clock, l.lamport[id], l.seq[id], l.x[id], l.rank[id], send];
  };
  const sendOf = (id: number) => {
    const send = held.sendOf[id]!;
    if (send >= 0) return fullId(send);
    // A send before the window is no event of it; the receive still merged its clock.
    const f = layout.sendOf[fullId(id)]!;
    return f >= 0 && f < before ? f : -1;
  };
  expect(data.events.map((_, id) => describe(data.events, held, id, sendOf(id)))).toEqual(
    data.events.map((_, id) =>
      describe(graph.graph.events, layout, fullId(id), layout.sendOf[fullId(id)]!),
    ),
  );
  expect(data.events.map((_, id) => held.heldAt(held.lane[id]!, held.seq[id]!))).toEqual(
    data.events.map((_, id) => id),
  );
  const copies = new Map(graph.messages.map((copy) => [copy.messageId, copy]));
  const link = (copy: MessageCopy, send: number, receives: readonly number[], drop: unknown) => [
    copy.messageId,
    copy.graphMessageId,
    copy.type,
    send,
    receives,
    drop,
  ];
  expect(
    data.messages.map((copy) =>
      link(copy, fullId(copy.sendEventId), copy.receiveEventIds.map(fullId), copy.drop),
    ),
  ).toEqual(
    data.messages.map((copy) => {
      const f = copies.get(copy.messageId)!;
      const receives = f.receiveEventIds.filter((r) => r < before + data.events.length);
      const drop = f.drop !== null && f.drop.traceIndex < data.end ? f.drop : null;
      return link(f, f.sendEventId, receives, drop);
    }),
  );
  // Every held receive whose send came before the window has its copy in `inbound`.
  const inboundReceives = data.inbound.flatMap((copy) => copy.receiveEventIds);
  const orphans = data.events
    .map((_, id) => id)
    .filter((id) => {
      const send = layout.sendOf[fullId(id)]!;
      return send >= 0 && send < before;
    });
  expect(inboundReceives.sort((a, b) => a - b)).toEqual(orphans);
  // `inbound` is every copy sent before the window and on the wire at its start (neither
  // received nor lost before it), traced before the window's end, in order of message id,
  // with the receives and drop the window holds of it: each is drawn entering the window,
  // to a receive, a loss, or the cursor.
  const sentBefore = (copy: MessageCopy) => {
    const { from, to, type, sentAt, deliverAt, graphMessageId } = copy;
    return [copy.messageId, from, to, type, sentAt, deliverAt, graphMessageId];
  };
  const entering = graph.messages.filter((f) => {
    const first = f.receiveEventIds[0];
    return (
      f.sendEventId < before &&
      full.sentAt.get(f.messageId)! < data.end &&
      !(first !== undefined && first < before) &&
      !(f.drop !== null && f.drop.traceIndex < data.start)
    );
  });
  expect(
    data.inbound.map((copy) => [
      ...sentBefore(copy),
      link(copy, copy.sendEventId, copy.receiveEventIds.map(fullId), copy.drop),
    ]),
  ).toEqual(
    entering.map((f) => {
      const receives = f.receiveEventIds.filter((r) => r < before + data.events.length);
      const drop = f.drop !== null && f.drop.traceIndex < data.end ? f.drop : null;
      return [...sentBefore(f), link(f, -1, receives, drop)];
    }),
  );
  // And every copy sent from a held event is there.
  const sent = graph.messages.filter(
    (copy) => copy.sendEventId >= before && full.sentAt.get(copy.messageId)! < data.end,
  );
  expect(data.messages.length).toBe(sent.length);
}

/** Everything the window holds visible, the cursor at its last event. */
function seenAll(data: LiveSpaceTimeData): Visibility {
  const count = data.events.length;
  return { count, traceEnd: data.end, cursor: count > 0 ? data.layout.x[count - 1]! : 0 };
}

/** Everything two windows show, by their public faces. */
function windowFace(data: LiveSpaceTimeData) {
  const indexes = Array.from({ length: data.end - data.start }, (_, i) => data.start + i);
  return {
    at: [data.earlier, data.start, data.end, data.heldFrom, data.longestFlight],
    hosts: data.hosts,
    events: data.events,
    messages: data.messages,
    inbound: data.inbound,
    // The lines drawn at the window's end, those entering it included.
    drawn: visibleSegments(data, seenAll(data), { start: 0, end: Infinity }, 0),
    downtime: data.downtime,
    eventOfTrace: indexes.map((index) => data.eventOfTrace(index) ?? -1),
    layout: layoutFace(data.layout),
  };
}

describe('LiveSpaceTimeData windows', () => {
  it('slid forward, hold what a window built again from the trace holds', () => {
    // The states of lines seen entering a window: received, lost, or on the wire.
    const entering = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 8, max: 400 }),
        fc.integer({ min: 20, max: 200 }),
        // Per mille of the trace (fc.double leans hard on 0 and 1).
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 4 }),
        (seed, cap, frameMs, scrubs) => {
          const sim = run(seed);
          const slid = new LiveSpaceTimeData(nodes, { cap });
          const rebuilt = new LiveSpaceTimeData(nodes, { cap, slides: false });
          let generation = slid.generation;
          let slides = 0;
          for (let t = 0; t <= 1_600 * US_PER_MS; t += frameMs * US_PER_MS) {
            sim.seek(t);
            slid.sync(sim.trace, sim.traceEnd);
            rebuilt.sync(sim.trace, sim.traceEnd);
            if (slid.generation !== generation) slides++;
            generation = slid.generation;
            expect(windowFace(slid)).toEqual(windowFace(rebuilt));
            for (const line of windowFace(slid).drawn) if (line.send < 0) entering.add(line.state);
          }
          expect(slides).toBeGreaterThan(0);
          // Scrubs start from kept trackers, some of them made by a slide.
          for (const at of scrubs) {
            const end = Math.round((at / 1000) * sim.trace.length);
            slid.sync(sim.trace, end);
            rebuilt.sync(sim.trace, end);
            expect(windowFace(slid)).toEqual(windowFace(rebuilt));
          }
        },
      ),
      { numRuns: 30 },
    );
    expect([...entering].sort()).toEqual(['delivered', 'dropped', 'inflight']);
  }, 60_000);

  it('hold what a build of the whole trace holds, for any cap, growth and scrub', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 8, max: 600 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (seed, cap, scrubs) => {
          const sim = run(seed);
          const data = new LiveSpaceTimeData(nodes, { cap });
          // Played frame by frame: the window fills and slides.
          for (let t = 0; t <= 1_600 * US_PER_MS; t += 97 * US_PER_MS) {
            sim.seek(t);
            data.sync(sim.trace, sim.traceEnd);
          }
          const full = whole(sim);
          expectSameAsWhole(data, full, sim.traceEnd);
          // Scrubbed anywhere: back before the window, or forward again.
          for (const at of scrubs) {
            const end = Math.round(at * sim.trace.length);
            data.sync(sim.trace, end);
            expectSameAsWhole(data, full, end);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps the held count under the cap over a long run, and says how many came before', () => {
    const sim = run(3);
    const data = new LiveSpaceTimeData(nodes, { cap: 256 });
    const generations = new Set<number>();
    for (let t = 0; t <= 3 * US_PER_S; t += 16_667) {
      sim.seek(t);
      data.sync(sim.trace, sim.traceEnd);
      generations.add(data.generation);
      expect(data.events.length).toBeLessThanOrEqual(256);
    }
    expect(generations.size).toBeGreaterThan(3);
    expect(data.earlier).toBeGreaterThan(1_000);
    expect(data.heldFrom).toBe(data.events[0]!.time);
    expectSameAsWhole(data, whole(sim), sim.traceEnd);
  });

  it('keeps trackers for scrubbing back under their byte bound, and scrubs back exactly', () => {
    const play = (trackerBytes: number) => {
      const sim = run(4);
      const data = new LiveSpaceTimeData(nodes, { cap: 32, trackerBytes });
      for (let t = 0; t <= 3 * US_PER_S; t += 16_667) {
        sim.seek(t);
        data.sync(sim.trace, sim.traceEnd);
      }
      return { sim, data };
    };
    const unbounded = play(Infinity).data.kept;
    expect(unbounded.count).toBeGreaterThan(6);
    const bound = unbounded.bytes / 3;
    const { sim, data } = play(bound);
    expect(data.kept.bytes).toBeLessThanOrEqual(bound);
    expect(data.kept.count).toBeGreaterThanOrEqual(1);
    expect(data.kept.count).toBeLessThan(unbounded.count);
    const full = whole(sim);
    for (const end of [sim.traceEnd >> 3, sim.traceEnd >> 1, sim.traceEnd - 40]) {
      data.sync(sim.trace, end);
      expectSameAsWhole(data, full, end);
    }
  });
});
