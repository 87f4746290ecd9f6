import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TraceGraphBuilder } from '@/sim/checkers/causality/fromTrace';
import type { TraceReader } from '@/sim/core';
import { ClockTracker } from './clockTracker';
import { EventLayout } from './eventLayout';
import { layoutFace, nodes, run } from './testRuns';
import { slideWindow, type HeldWindow } from './windowSlide';

/** A window of `trace[start, end)` built from the trace, as a rebuild makes one. */
function built(trace: TraceReader, tracker: ClockTracker, end: number): HeldWindow {
  const builder = new TraceGraphBuilder(nodes, tracker.graphSeed());
  builder.extend(trace, end);
  const layout = new EventLayout(tracker.hosts.length, tracker.layoutSeed());
  const lanes = new Map(builder.graph.hosts.map((host, lane) => [host, lane]));
  for (const event of builder.events) layout.append(event, lanes.get(event.host)!, event.time!);
  return { tracker, builder, layout };
}

/** What a tracker carries, its copies on the wire as SeedCopy fields. */
function trackerFace(tracker: ClockTracker) {
  const { copies, ...graph } = tracker.graphSeed();
  const wire = copies.map(({ messageId, graphMessageId, from, to, type, sentAt, deliverAt }) => {
    const send = tracker.sendClock(graphMessageId)!;
    const clock = [...send.clock].join(',');
    return [messageId, graphMessageId, from, to, type, sentAt, deliverAt, clock, send.lamport];
  });
  return {
    read: tracker.read,
    events: tracker.events,
    graph,
    wire,
    lanes: tracker.layoutSeed().lanes,
  };
}

function builderFace(builder: TraceGraphBuilder) {
  const copies: unknown[] = [];
  builder.copyById.forEach((copy) => copies.push(copy));
  const indexes = Array.from({ length: builder.read - builder.eventOfTrace.base }, (_, i) => i);
  return {
    events: builder.events,
    traceIndexOf: builder.traceIndexOf,
    eventOfTrace: indexes.map((i) => builder.eventOfTrace.get(builder.eventOfTrace.base + i)),
    read: builder.read,
    messages: builder.messages,
    inbound: builder.inbound,
    downtime: builder.downtime,
    longestFlight: builder.longestFlight,
    copies,
    dupSentAt: [...builder.dupSentAt].sort((a, b) => a[0] - b[0]),
    openCrash: builder.openCrash,
  };
}

describe('slideWindow', () => {
  it('gives the window a rebuild from the trace at the cut gives, and a tracker that reads on alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        // Per mille of the trace (fc.double leans hard on 0 and 1).
        fc.tuple(
          fc.integer({ min: 0, max: 1000 }),
          fc.integer({ min: 0, max: 1000 }),
          fc.integer({ min: 0, max: 1000 }),
        ),
        (seed, fractions) => {
          const sim = run(seed);
          sim.seek(1_600_000);
          const trace = sim.trace;
          const [start, cut, end] = fractions
            .map((f) => Math.round((f / 1000) * trace.length))
            .sort((a, b) => a - b);
          const tracker = new ClockTracker(nodes);
          tracker.advance(trace, start!);
          const window = built(trace, tracker, end!);
          const slid = slideWindow(window, cut!, 64);
          const again = tracker.clone();
          again.advance(trace, cut!);
          const rebuilt = built(trace, again, end!);
          expect(trackerFace(slid.tracker)).toEqual(trackerFace(rebuilt.tracker));
          expect(builderFace(slid.builder)).toEqual(builderFace(rebuilt.builder));
          expect(layoutFace(slid.layout)).toEqual(layoutFace(rebuilt.layout));
          // The window it slid from is as it was.
          expect(builderFace(window.builder)).toEqual(
            builderFace(built(trace, tracker, end!).builder),
          );
          // Read on, both trackers agree, and so do windows slid again from both.
          const later = Math.round((end! + trace.length) / 2);
          const twice = slideWindow(slid, end!, 64);
          const twiceRebuilt = slideWindow(rebuilt, end!, 64);
          expect(builderFace(twice.builder)).toEqual(builderFace(twiceRebuilt.builder));
          slid.tracker.advance(trace, later);
          rebuilt.tracker.advance(trace, later);
          expect(trackerFace(slid.tracker)).toEqual(trackerFace(rebuilt.tracker));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
