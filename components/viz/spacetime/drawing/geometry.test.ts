import { describe, expect, it } from 'vitest';
import {
  AXIS_HEIGHT,
  diagramHeight,
  dotRadius,
  DOT_RADIUS,
  gutterWidth,
  labelEvery,
  laneAt,
  LANE_HEIGHT,
  laneHeight,
  laneY,
  LEFT,
  MIN_LANE_HEIGHT,
  TOP,
} from './geometry';

describe('lanes', () => {
  it('puts each lane line in the middle of its band, and finds it back', () => {
    const height = laneHeight(5);
    for (let lane = 0; lane < 5; lane++) expect(laneAt(laneY(lane, height), 5, height)).toBe(lane);
    expect(laneAt(0, 5, height)).toBe(-1);
    expect(laneAt(diagramHeight(5) - 1, 5, height)).toBe(-1);
  });

  it('finds every one of 100 thin lanes back, from the top to the bottom pixel row of each', () => {
    const height = laneHeight(100);
    for (let lane = 0; lane < 100; lane++) {
      expect(laneAt(laneY(lane, height), 100, height)).toBe(lane);
      expect(laneAt(TOP + lane * height, 100, height)).toBe(lane);
      expect(laneAt(TOP + (lane + 1) * height - 0.5, 100, height)).toBe(lane);
    }
    expect(laneAt(TOP + 100 * height, 100, height)).toBe(-1);
  });
});

describe('laneHeight', () => {
  it('keeps comfortable lanes up to nine nodes', () => {
    for (let lanes = 1; lanes <= 9; lanes++) expect(laneHeight(lanes)).toBe(LANE_HEIGHT);
    expect(laneHeight(0)).toBe(LANE_HEIGHT);
  });

  it('then shrinks in whole pixels, never growing with more lanes, down to the minimum', () => {
    expect(laneHeight(10)).toBeLessThan(LANE_HEIGHT);
    expect(laneHeight(25)).toBe(15);
    expect(laneHeight(100)).toBe(MIN_LANE_HEIGHT);
    expect(laneHeight(500)).toBe(MIN_LANE_HEIGHT);
    for (let lanes = 2; lanes <= 200; lanes++) {
      expect(Number.isInteger(laneHeight(lanes))).toBe(true);
      expect(laneHeight(lanes)).toBeLessThanOrEqual(laneHeight(lanes - 1));
    }
  });

  it('keeps the diagram about as tall as nine lanes, up to 100 nodes', () => {
    const nine = diagramHeight(9);
    for (let lanes = 10; lanes <= 100; lanes++) {
      expect(diagramHeight(lanes)).toBeLessThanOrEqual(nine + 4);
      expect(diagramHeight(lanes)).toBeGreaterThanOrEqual(nine - 80);
    }
    expect(diagramHeight(100)).toBe(TOP + 100 * MIN_LANE_HEIGHT + AXIS_HEIGHT);
  });
});

describe('labelEvery', () => {
  it('names every lane while they are tall, and fewer, spaced apart, once they are thin', () => {
    expect(labelEvery(laneHeight(9))).toBe(1);
    expect(labelEvery(laneHeight(20))).toBe(1);
    expect(labelEvery(laneHeight(25))).toBe(2);
    expect(labelEvery(laneHeight(100))).toBe(5);
    for (const lanes of [3, 25, 50, 100]) {
      expect(labelEvery(laneHeight(lanes)) * laneHeight(lanes)).toBeGreaterThanOrEqual(18);
    }
  });
});

describe('dotRadius', () => {
  it('keeps full dots on comfortable lanes and fits them inside thin ones', () => {
    expect(dotRadius(LANE_HEIGHT)).toBe(DOT_RADIUS);
    expect(dotRadius(15)).toBe(DOT_RADIUS);
    expect(2 * dotRadius(MIN_LANE_HEIGHT)).toBeLessThanOrEqual(MIN_LANE_HEIGHT);
  });
});

describe('gutterWidth', () => {
  it('fits n1…n9 in the default gutter and widens for longer names, up to a limit', () => {
    expect(gutterWidth(['n1', 'n9'])).toBe(LEFT);
    expect(gutterWidth(['client', 'follower'])).toBeGreaterThan(LEFT);
    expect(gutterWidth(['a-very-long-host-name-from-a-real-log'])).toBe(160);
  });
});
