/**
 * A live window's forward slide (liveData.ts): the window drops the events before trace
 * index `cut` and keeps the rest as they are. Its graph and layout are the newer part of
 * the ones it holds, ids moved down (sliceGraph, EventLayout.slice), and the clock
 * tracker at the new start is read off them: each lane's clocks from its last event
 * before the cut (EventLayout.lanesAt), the copies on the wire there from the graph,
 * their sends' clocks from the layout, or from the old tracker for sends before the
 * window. No trace entry is read again and no clock is stepped: a slide costs
 * O(held events × lanes + copies in flight), where building the window again from the
 * trace read the dropped half (for the tracker) and the kept half (for the graph).
 *
 * The result is what that rebuild gave; `liveData.property.test.ts` checks both.
 */
import { sliceGraph } from '@/sim/checkers/causality/graphSlice';
import type { TraceGraphBuilder } from '@/sim/checkers/causality/fromTrace';
import { ClockTracker, type SendClock } from './clockTracker';
import type { EventLayout } from './eventLayout';

export interface HeldWindow {
  /** The clocks at the window's first trace index. */
  readonly tracker: ClockTracker;
  readonly builder: TraceGraphBuilder;
  readonly layout: EventLayout;
}

/**
 * `window` from trace index `cut` on, for a cut between its first trace index and where
 * it has read. `window` is left as it was. `capacity`: room for the layout's columns.
 */
export function slideWindow(window: HeldWindow, cut: number, capacity: number): HeldWindow {
  const { builder, dropped, wire, down } = sliceGraph(window.builder, cut);
  const old = window.layout;
  const sends = new Map<number, SendClock>();
  for (const { copy, send } of wire) {
    const id = copy.graphMessageId;
    if (sends.has(id)) continue;
    const clock =
      send >= 0
        ? { clock: old.clockRow(send), lamport: old.lamport[send]! }
        : window.tracker.sendClock(id);
    if (!clock) throw new Error(`no clocks for message ${id}, on the wire at ${cut}`);
    sends.set(id, clock);
  }
  const tracker = ClockTracker.restore({
    read: cut,
    events: window.tracker.events + dropped,
    hosts: builder.graph.hosts,
    lanes: old.lanesAt(dropped),
    copies: wire.map((held) => held.copy),
    sends,
    down,
  });
  const layout = old.slice(dropped, tracker.layoutSeed(), builder.events, capacity);
  return { tracker, builder, layout };
}
