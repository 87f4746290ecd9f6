import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '@/sim/core';
import { LiveSpaceTimeData } from '../data/liveData';
import { segmentCopy, visibilityMoved, visibleSegments, type Segment } from './messageSegments';
import { enteringWindow, wireWindow } from '../data/testRuns';

const body = { type: 'ping' };
/** n1 → n2 delivered at 100; n1 → n3 lost at 50 (half-way); n2 → n1 still on the wire. */
const trace: TraceEntry[] = [
  { at: 0, type: 'send', id: 1, from: 'n1', to: 'n2', body, deliverAt: 100 },
  { at: 0, type: 'send', id: 2, from: 'n1', to: 'n3', body, deliverAt: 100 },
  { at: 50, type: 'drop', id: 2, from: 'n1', to: 'n3', reason: 'loss' },
  { at: 100, type: 'deliver', id: 1, from: 'n1', to: 'n2' },
  { at: 120, type: 'send', id: 3, from: 'n2', to: 'n1', body, deliverAt: 220 },
  { at: 220, type: 'deliver', id: 3, from: 'n2', to: 'n1' },
];

function data(): LiveSpaceTimeData {
  const live = new LiveSpaceTimeData(['n1', 'n2', 'n3']);
  live.sync(trace);
  return live;
}

describe('visibleSegments', () => {
  it('draws delivered arrows, a lost stub ending where it died, and in-flight lines', () => {
    const live = data();
    const traceEnd = 5;
    const seen = { count: live.visibleCount(traceEnd), traceEnd, cursor: 170 };
    const segments = visibleSegments(live, seen, { start: 0, end: 300 }, 0);
    expect(segments.map((s) => [s.messageId, s.state, s.endX, s.endLane])).toEqual([
      [1, 'delivered', 100, 1],
      [2, 'dropped', 50, 1],
      [3, 'inflight', 170, 0.5],
    ]);
  });

  it('shows a copy as in flight until its drop is in the trace', () => {
    const live = data();
    const seen = { count: live.visibleCount(2), traceEnd: 2, cursor: 25 };
    const segments = visibleSegments(live, seen, { start: 0, end: 300 }, 0);
    expect(segments.map((s) => [s.messageId, s.state, s.endLane])).toEqual([
      [1, 'inflight', 0.25],
      [2, 'inflight', 0.5],
    ]);
  });

  it('leaves out lines that end before the window', () => {
    const live = data();
    const seen = { count: live.visibleCount(6), traceEnd: 6, cursor: 230 };
    const segments = visibleSegments(live, seen, { start: 110, end: 300 }, 0);
    expect(segments.map((s) => s.messageId)).toEqual([3]);
  });
});

describe('visibleSegments in a window holding part of a run', () => {
  const held = enteringWindow;

  it('holds the receive but not its send', () => {
    const live = held();
    expect(live.earlier).toBe(1);
    expect(live.events.map((e) => e.label)).toEqual([
      'timer tick',
      'timer tick',
      'receive ping from n1',
      'send ping to n3',
    ]);
    expect(live.messages.map((copy) => copy.messageId)).toEqual([2]);
  });

  it("draws the receive as a line entering at the window start on the sender's lane", () => {
    const live = held();
    const seen = { count: 4, traceEnd: 5, cursor: 150 };
    const segments = visibleSegments(live, seen, { start: 0, end: 300 }, 0);
    const entering = segments.filter((s) => s.send < 0);
    expect(
      entering.map((s) => [s.messageId, s.state, s.startX, s.startLane, s.endX, s.endLane]),
    ).toEqual([[1, 'delivered', 10, 0, 100, 1]]);
    expect(entering[0]!.receive).toBe(2);
    expect(segmentCopy(live, entering[0]!)?.from).toBe('n1');
    // The held send's line starts at its send, as before.
    const sent = segments.find((s) => s.messageId === 2)!;
    expect([sent.send, sent.startX, sent.startLane]).toEqual([3, 130, 1]);
  });

  it('draws it on the wire before its receive is visible, and nothing when the window ends before it', () => {
    const live = held();
    const early = { count: 2, traceEnd: 3, cursor: 25 };
    const wire = visibleSegments(live, early, { start: 0, end: 300 }, 0);
    expect(wire.map((s) => [s.messageId, s.send, s.state, s.startX, s.endX, s.endLane])).toEqual([
      [1, -1, 'inflight', 10, 25, 0.25],
    ]);
    const seen = { count: 4, traceEnd: 5, cursor: 150 };
    const after = visibleSegments(live, seen, { start: 110, end: 300 }, 0);
    expect(after.filter((s) => s.send < 0)).toEqual([]);
  });
});

describe('visibleSegments of copies sent before the window and not received in it', () => {
  const ends = (segments: readonly Segment[]) =>
    segments.map((s) => [
      s.messageId,
      s.send,
      s.receive,
      s.state,
      s.startX,
      s.startLane,
      s.endX,
      s.endLane,
    ]);

  it("draws a copy on the wire to the cursor and a lost one to its drop, from the window start on the sender's lane", () => {
    const live = wireWindow();
    expect([live.earlier, live.events.length, live.messages.length]).toEqual([2, 4, 0]);
    const seen = { count: 4, traceEnd: 7, cursor: 150 };
    const segments = visibleSegments(live, seen, { start: 0, end: 300 }, 0);
    expect(ends(segments)).toEqual([
      [1, -1, -1, 'inflight', 10, 0, 150, 0.5],
      [2, -1, -1, 'dropped', 10, 0, 100, 1],
    ]);
    expect(segments.map((s) => segmentCopy(live, s)?.to)).toEqual(['n2', 'n3']);
  });

  it('shows a copy as on the wire until its drop is in the trace', () => {
    const live = wireWindow();
    const seen = { count: 2, traceEnd: 4, cursor: 25 };
    const segments = visibleSegments(live, seen, { start: 0, end: 300 }, 0);
    expect(ends(segments)).toEqual([
      [1, -1, -1, 'inflight', 10, 0, 25, 25 / 300],
      [2, -1, -1, 'inflight', 10, 0, 25, 0.25],
    ]);
  });

  it('leaves out a drop before the window, and draws nothing before the first held event', () => {
    const live = wireWindow();
    const seen = { count: 4, traceEnd: 7, cursor: 150 };
    const after = visibleSegments(live, seen, { start: 110, end: 300 }, 0);
    expect(after.map((s) => [s.messageId, s.state])).toEqual([[1, 'inflight']]);
    expect(
      visibleSegments(live, { count: 0, traceEnd: 2, cursor: 10 }, { start: 0, end: 300 }, 0),
    ).toEqual([]);
  });
});

describe('visibilityMoved', () => {
  const base = { count: 10, traceEnd: 20, cursor: 500 };
  it('is behind when any part went back, even if another moved on', () => {
    expect(visibilityMoved({ ...base, cursor: 499 }, base)).toBe('behind');
    expect(visibilityMoved({ count: 11, traceEnd: 19, cursor: 600 }, base)).toBe('behind');
  });
  it('is ahead when something moved on, and the same otherwise', () => {
    expect(visibilityMoved({ ...base, traceEnd: 21 }, base)).toBe('ahead');
    expect(visibilityMoved({ ...base }, base)).toBe('same');
  });
});
