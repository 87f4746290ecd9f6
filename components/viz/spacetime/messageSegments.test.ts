import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '@/sim/core/trace';
import { LiveSpaceTimeData } from './liveData';
import { visibilityMoved, visibleSegments } from './messageSegments';

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
