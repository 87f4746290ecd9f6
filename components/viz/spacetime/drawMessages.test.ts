import { describe, expect, it } from 'vitest';
import { drawSegments, LEAD_IN, leadIn } from './drawMessages';
import { laneY, LANE_HEIGHT } from './geometry';
import { visibleSegments } from './messageSegments';
import type { Palette } from './palette';
import type { Scene } from './scene';
import { enteringWindow } from './testRuns';
import { linearScale } from './viewWindow';

/** A canvas context that records the lines it is given, and whether each was dashed. */
function recordingContext() {
  const lines: { dashed: boolean; from: number[]; to: number[] }[] = [];
  let dashed = false;
  let at: number[] = [];
  const ctx = {
    setLineDash: (dash: number[]) => (dashed = dash.length > 0),
    moveTo: (x: number, y: number) => (at = [x, y]),
    lineTo: (x: number, y: number) => lines.push({ dashed, from: at, to: [x, y] }),
    beginPath() {},
    stroke() {},
    fill() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, lines };
}

describe('leadIn', () => {
  it('ends LEAD_IN px along a line, or half way along a short one', () => {
    expect(leadIn(0, 0, 100, 0)).toEqual([LEAD_IN, 0]);
    expect(leadIn(0, 0, 0, -30)).toEqual([0, -15]);
    expect(leadIn(5, 5, 5, 5)).toEqual([5, 5]);
  });
});

describe('drawSegments', () => {
  it('draws a receive whose send is before the held stretch from the stretch start on the sender lane', () => {
    // n1's ping is sent at 0, before the window, and received by n2 at 100.
    const data = enteringWindow();
    const seen = { count: 3, traceEnd: 4, cursor: 100 };
    const window = { start: 0, end: 200 };
    const scale = linearScale(window, 0, 200);
    const scene = {
      data,
      seen,
      window,
      scale,
      laneHeight: LANE_HEIGHT,
      palette: { message: '#00f', bad: '#f00' } as Palette,
      selected: null,
      knowledge: null,
      highlightMessage: null,
    } as unknown as Scene;
    const { ctx, lines } = recordingContext();
    drawSegments(ctx, scene, visibleSegments(data, seen, window, 0));
    const start = [scale(10), laneY(0, LANE_HEIGHT)];
    const end = [scale(100), laneY(1, LANE_HEIGHT)];
    const lead = leadIn(start[0]!, start[1]!, end[0]!, end[1]!);
    // A dashed lead-in from the stretch's start on n1's lane, then a solid line to n2's receive.
    expect(lines.filter((line) => line.dashed)).toEqual([{ dashed: true, from: start, to: lead }]);
    expect(lines.find((line) => !line.dashed)).toEqual({ dashed: false, from: lead, to: end });
  });
});
