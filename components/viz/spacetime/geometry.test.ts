import { describe, expect, it } from 'vitest';
import { diagramHeight, gutterWidth, laneAt, laneY, LEFT } from './geometry';

describe('lanes', () => {
  it('puts each lane line in the middle of its band, and finds it back', () => {
    for (let lane = 0; lane < 5; lane++) expect(laneAt(laneY(lane), 5)).toBe(lane);
    expect(laneAt(0, 5)).toBe(-1);
    expect(laneAt(diagramHeight(5) - 1, 5)).toBe(-1);
  });
});

describe('gutterWidth', () => {
  it('fits n1…n9 in the default gutter and widens for longer names, up to a limit', () => {
    expect(gutterWidth(['n1', 'n9'])).toBe(LEFT);
    expect(gutterWidth(['client', 'follower'])).toBeGreaterThan(LEFT);
    expect(gutterWidth(['a-very-long-host-name-from-a-real-log'])).toBe(160);
  });
});
