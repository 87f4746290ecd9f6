import { describe, expect, it } from 'vitest';
import { EventLayout } from './eventLayout';
import { RANK_GAP } from './geometry';
import { distanceToSegment, hitEvent } from './hitTest';
import { linearScale } from './viewWindow';

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
  const scale = linearScale({ start: 0, end: 1000 }, 0, 1000);

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
