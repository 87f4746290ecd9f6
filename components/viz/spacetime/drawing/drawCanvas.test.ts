import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '@/sim/core';
import {
  drawMoving,
  drawScene,
  drawSettled,
  drawSettledSince,
  settledAt,
  unsettledSegments,
  visibleEvents,
} from './drawCanvas';
import { visibleSegments, type Segment, type Visibility } from '../queries/messageSegments';
import type { Scene } from './scene';
import { LANE_HEIGHT, LEFT } from './geometry';
import { LiveSpaceTimeData } from '../data/liveData';
import type { Palette } from '../../theme/palette';
import { wireWindow } from '../data/testRuns';
import { windowScale } from './viewWindow';

/** A canvas context that only counts the calls made to it. */
function countingContext(): { ctx: CanvasRenderingContext2D; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const ctx = new Proxy(
    {},
    {
      get(target: Record<string, unknown>, property: string) {
        if (property in target) return target[property];
        if (property === 'measureText') return () => ({ width: 30 });
        return () => calls.set(property, (calls.get(property) ?? 0) + 1);
      },
      set(target: Record<string, unknown>, property: string, value) {
        target[property] = value;
        return true;
      },
    },
  );
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const palette: Palette = {
  fg: '#000',
  muted: '#555',
  lane: '#999',
  accent: '#00f',
  message: '#22f',
  bad: '#f00',
  crash: '#333',
  bg: '#fff',
  past: '#88f',
  future: '#f80',
  known: '#0a0',
};

/** A ring of heartbeats: 5 nodes, one send per ms, each delivered 3 ms later. */
function heartbeatRun(sends: number): LiveSpaceTimeData {
  const trace: TraceEntry[] = [];
  const body = { type: 'heartbeat' };
  for (let i = 0; i < sends; i++) {
    const at = i * 1000;
    if (i >= 3) {
      const j = i - 3;
      const from = `n${(j % 5) + 1}`;
      trace.push({ at, type: 'deliver', id: j, from, to: `n${((j + 1) % 5) + 1}` });
    }
    const from = `n${(i % 5) + 1}`;
    trace.push({
      at,
      type: 'send',
      id: i,
      from,
      to: `n${((i + 1) % 5) + 1}`,
      body,
      deliverAt: at + 3000,
    });
  }
  // The whole run held: these draw tens of thousands of events at once.
  const data = new LiveSpaceTimeData(['n1', 'n2', 'n3', 'n4', 'n5'], { cap: Infinity });
  data.sync(trace);
  return data;
}

function scene(
  data: LiveSpaceTimeData,
  start: number,
  end: number,
  extra: Partial<Scene> = {},
): Scene {
  const count = data.events.length;
  return {
    data,
    seen: { count, traceEnd: Infinity, cursor: data.layout.x[count - 1]! },
    window: { start, end },
    scale: windowScale({ start, end }, LEFT, 984),
    width: 1000,
    left: LEFT,
    laneHeight: LANE_HEIGHT,
    palette,
    selected: null,
    knowledge: null,
    highlightLane: -1,
    highlightMessage: null,
    clockLabels: null,
    ...extra,
  };
}

describe('drawScene', () => {
  const data = heartbeatRun(10_000);

  it('draws 20,000 fitted events as one capsule per lane, since the dots touch', () => {
    expect(data.events.length).toBeGreaterThan(19_000);
    const { ctx, calls } = countingContext();
    const painted = drawScene(ctx, scene(data, 0, 10_000_000));
    // 936 px of plot on 5 lanes: two half-circle arcs per capsule.
    expect(calls.get('arc')).toBe(5 * 2);
    expect(painted.segments.length).toBeGreaterThan(9_000);
  });

  it('costs O(visible) when zoomed in: a 50 ms window touches about 100 events', () => {
    const { ctx, calls } = countingContext();
    const painted = drawScene(ctx, scene(data, 5_000_000, 5_050_000));
    expect(calls.get('arc')!).toBeLessThan(120);
    // Apart, dots stay dots: one arc each.
    expect(calls.get('arc')!).toBeGreaterThan(60);
    expect(painted.segments.length).toBeLessThan(70);
  });

  it('labels clocks only when they fit', () => {
    const dense = countingContext();
    expect(
      drawScene(dense.ctx, scene(data, 0, 10_000_000, { clockLabels: 'vector' })).labelled,
    ).toBe(false);
    expect(dense.calls.get('fillText')).toBeUndefined();
    const sparse = countingContext();
    const painted = drawScene(
      sparse.ctx,
      scene(data, 5_000_000, 5_020_000, { clockLabels: 'lamport' }),
    );
    expect(painted.labelled).toBe(true);
    expect(sparse.calls.get('fillText')).toBeGreaterThan(0);
  });

  it('shades a selected event’s cone and a knowledge frontier without failing', () => {
    const { ctx, calls } = countingContext();
    drawScene(
      ctx,
      scene(data, 4_900_000, 5_100_000, {
        selected: 10_000,
        knowledge: {
          clock: data.layout.clockVector(10_000),
          region: [
            [LEFT, 10],
            [500, 10],
            [LEFT, 200],
          ],
        },
        highlightLane: 2,
        highlightMessage: 5000,
      }),
    );
    expect(calls.get('fill')).toBeGreaterThan(3);
  });
});

describe('visibleEvents', () => {
  it('stops at the visible count (the known future is not drawn)', () => {
    const data = heartbeatRun(100);
    const ids = visibleEvents(data, 10, { start: 0, end: 1e9 }, 0);
    expect(ids).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

/** The run as it stood when `count` events had happened. */
function at(data: LiveSpaceTimeData, count: number): Visibility {
  return {
    count,
    traceEnd: data.traceIndexOf[count] ?? Infinity,
    cursor: data.layout.x[count - 1]!,
  };
}

const key = (segment: Segment) => `${segment.copy}:${segment.receive}:${segment.state}`;

describe('the settled and moving layers', () => {
  const data = heartbeatRun(10_000);
  const whole = scene(data, 0, 10_000_000);
  const now = at(data, 15_000);
  const base = at(data, 14_900);

  it('together draw every visible segment once: settled at the base, or not', () => {
    const all = visibleSegments(data, now, whole.window, 0).map(key).sort();
    const settled = drawSettled(countingContext().ctx, { ...whole, seen: base }).segments;
    const moving = drawMoving(countingContext().ctx, { ...whole, seen: now }, base);
    expect(moving.some((segment) => segment.state === 'inflight')).toBe(true);
    expect(moving.some((segment) => segment.state === 'delivered')).toBe(true);
    const both = [...settled, ...moving].map(key);
    expect(new Set(both).size).toBe(both.length);
    // Widening by a pad only adds segments that end just outside the window.
    expect(both.sort()).toEqual(expect.arrayContaining(all));
    expect(both.length).toBeLessThanOrEqual(all.length + 10);
  });

  it('grows the settled layer by what settled since, not by the whole run', () => {
    const before = drawSettled(countingContext().ctx, { ...whole, seen: base }).segments;
    const after = drawSettled(countingContext().ctx, { ...whole, seen: now }).segments;
    const { ctx, calls } = countingContext();
    const added = drawSettledSince(ctx, { ...whole, seen: now }, base);
    expect([...before, ...added].map(key).sort()).toEqual(after.map(key).sort());
    // 100 new events and their sends: a few hundred shapes, not 15,000.
    expect(added.length).toBeLessThan(60);
    expect((calls.get('arc') ?? 0) + (calls.get('lineTo') ?? 0)).toBeLessThan(1_000);
  });

  it('costs the moving layer what happened since the base, in a fitted 10 s run', () => {
    const { ctx, calls } = countingContext();
    const moving = drawMoving(ctx, { ...whole, seen: now }, base);
    expect(moving.length).toBeLessThan(60);
    expect(calls.get('lineTo') ?? 0).toBeLessThan(1_000);
    expect(
      unsettledSegments({ ...whole, seen: now }, now, 0).every((s) => s.state === 'inflight'),
    ).toBe(true);
  });
});

describe('copies sent before the held stretch', () => {
  // n1's pings: one on the wire at the cursor (150), one lost at 100 (trace index 4).
  const data = wireWindow();
  const now = { count: 4, traceEnd: 7, cursor: 150 };
  const early = { count: 2, traceEnd: 4, cursor: 25 };
  const whole = { ...scene(data, 0, 300), seen: now };

  it('settle once lost, and stay on the moving layer while on the wire', () => {
    const [wire, lost] = visibleSegments(data, now, whole.window, 0);
    expect([wire!.state, lost!.state]).toEqual(['inflight', 'dropped']);
    expect(settledAt(data, lost!, now)).toBe(true);
    expect(settledAt(data, lost!, early)).toBe(false);
    expect(settledAt(data, wire!, now)).toBe(false);
    const settled = drawSettled(countingContext().ctx, whole).segments;
    expect(settled.map((s) => [s.messageId, s.state])).toEqual([[2, 'dropped']]);
    const moving = drawMoving(countingContext().ctx, whole, early);
    expect(moving.map((s) => [s.messageId, s.state]).sort()).toEqual([
      [1, 'inflight'],
      [2, 'dropped'],
    ]);
    expect(drawMoving(countingContext().ctx, whole, now).map((s) => s.messageId)).toEqual([1]);
  });
});
