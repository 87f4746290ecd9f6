import { describe, expect, it } from 'vitest';
import { EventLayout } from '../data/eventLayout';
import { HIT_RADIUS, LANE_HEIGHT, laneAt, laneHeight, laneY, RANK_GAP } from '../drawing/geometry';
import { distanceToSegment, hitEvent, hitSegment, segmentEnds } from './hitTest';
import { visibleSegments, type Segment } from './messageSegments';
import { wireWindow } from '../data/testRuns';
import { windowScale } from '../drawing/viewWindow';

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(-3, 4, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBe(5);
  });
  it('treats a zero-length segment as a point', () => {
    expect(distanceToSegment(3, 4, 0, 0, 0, 0)).toBe(5);
  });
});

describe('hitEvent', () => {
  // One lane: three events at t=100 (spread by rank), one at t=300. 1 px per µs.
  const layout = new EventLayout(1);
  [100, 100, 100, 300].forEach((time, id) =>
    layout.append({ id, host: 'a', kind: 'local', label: `e${id}`, time }, 0, time),
  );
  const scale = windowScale({ start: 0, end: 1000 }, 0, 1000);

  it('picks the event drawn nearest the pointer, rank offsets included', () => {
    expect(hitEvent(layout, 0, 100, scale, 4, 8)).toBe(0);
    expect(hitEvent(layout, 0, 100 + RANK_GAP, scale, 4, 8)).toBe(1);
    expect(hitEvent(layout, 0, 100 + 2 * RANK_GAP + 1, scale, 4, 8)).toBe(2);
    expect(hitEvent(layout, 0, 297, scale, 4, 8)).toBe(3);
  });

  it('misses outside the radius and ignores events not yet visible', () => {
    expect(hitEvent(layout, 0, 200, scale, 4, 8)).toBeNull();
    expect(hitEvent(layout, 0, 300, scale, 3, 8)).toBeNull();
    expect(hitEvent(layout, 0, 100 + 2 * RANK_GAP, scale, 2, 8)).toBe(1);
  });
});

describe('hit testing on 100 thin lanes', () => {
  // n1 sends at t=100 to n100, which receives at t=500; n50 has a local event at t=300.
  const height = laneHeight(100);
  const layout = new EventLayout(100);
  layout.append({ id: 0, host: 'n1', kind: 'send', label: 'ping', time: 100 }, 0, 100);
  layout.append({ id: 1, host: 'n50', kind: 'local', label: 'tick', time: 300 }, 49, 300);
  layout.append({ id: 2, host: 'n100', kind: 'receive', label: 'ping', time: 500 }, 99, 500);
  const scale = windowScale({ start: 0, end: 1000 }, 0, 1000);
  const line: Segment = {
    copy: 0,
    messageId: 0,
    send: 0,
    startX: 100,
    startLane: 0,
    receive: 2,
    state: 'delivered',
    endX: 500,
    endLane: 99,
  };

  it('draws the line from the first lane to the last, both inside the thin plot', () => {
    expect(segmentEnds(line, layout, scale, height)).toEqual([
      100,
      laneY(0, height),
      500,
      laneY(99, height),
    ]);
    expect(laneY(99, height)).toBeLessThan(laneY(99, 44));
  });

  it('finds the lane under the pointer, then the event there or the line through it', () => {
    const y = laneY(49, height);
    expect(laneAt(y, 100, height)).toBe(49);
    expect(laneAt(y + height, 100, height)).toBe(50);
    expect(hitEvent(layout, 49, 302, scale, 3, HIT_RADIUS)).toBe(1);
    expect(hitEvent(layout, 50, 302, scale, 3, HIT_RADIUS)).toBeNull();
    // Halfway down, the line crosses lane 50 (index 49) near x = 300.
    const middle = (laneY(0, height) + laneY(99, height)) / 2;
    expect(hitSegment([line], layout, scale, 300, middle, HIT_RADIUS, height)).toBe(line);
    expect(hitSegment([line], layout, scale, 340, middle, HIT_RADIUS, height)).toBeNull();
    // The same point with lanes still 44 px tall would be far off the line.
    expect(hitSegment([line], layout, scale, 300, middle, HIT_RADIUS, 44)).toBeNull();
  });

  it('starts a line whose send is before the held stretch at the stretch start on its lane', () => {
    // n50's receive at 300 of a message n1 sent before a stretch starting at 100.
    const entering: Segment = {
      ...line,
      send: -1,
      startX: 100,
      startLane: 0,
      receive: 1,
      endX: 300,
      endLane: 49,
    };
    expect(segmentEnds(entering, layout, scale, height)).toEqual([
      100,
      laneY(0, height),
      300,
      laneY(49, height),
    ]);
    const middle = (laneY(0, height) + laneY(49, height)) / 2;
    expect(hitSegment([entering], layout, scale, 200, middle, HIT_RADIUS, height)).toBe(entering);
    expect(hitSegment([entering], layout, scale, 60, middle, HIT_RADIUS, height)).toBeNull();
  });
});

describe('hit testing lines of copies sent before the held stretch', () => {
  // n1's pings, sent before a window starting at 10: to n2 on the wire at the cursor
  // (150), to n3 lost at 100. 2 px per axis unit.
  const data = wireWindow();
  const seen = { count: 4, traceEnd: 7, cursor: 150 };
  const scale = windowScale({ start: 0, end: 300 }, 0, 600);
  const segments = visibleSegments(data, seen, { start: 0, end: 300 }, 0);
  const hit = (x: number, lane: number) =>
    hitSegment(segments, data.layout, scale, scale(x), laneY(lane, LANE_HEIGHT), 3, LANE_HEIGHT);

  it('picks the one on the wire along its line from the window start to the cursor', () => {
    // Half way from (10, lane 0) to (150, lane 0.5).
    expect(hit(80, 0.25)).toMatchObject({ messageId: 1, send: -1, state: 'inflight' });
    // Past the cursor there is no line.
    expect(hit(200, 200 / 300)).toBeNull();
  });

  it('picks the lost one up to where it died, and nothing before the window start', () => {
    // Half way from (10, lane 0) to (100, lane 1).
    expect(hit(55, 0.5)).toMatchObject({ messageId: 2, send: -1, state: 'dropped' });
    expect(hit(130, 1.3)).toBeNull();
    expect(hit(2, 0)).toBeNull();
  });
});
