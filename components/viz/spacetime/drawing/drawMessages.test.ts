import { describe, expect, it } from 'vitest';
import { clipColumns, drawSegments, LEAD_IN, leadIn } from './drawMessages';
import { laneY, LANE_HEIGHT, RIGHT } from './geometry';
import { visibleSegments, type Visibility } from '../queries/messageSegments';
import type { Palette } from '../../theme/palette';
import type { Scene } from './scene';
import type { SpaceTimeData } from '../data/spaceTimeData';
import { enteringWindow, wireWindow } from '../data/testRuns';
import { windowScale } from './viewWindow';

/** A canvas context that records the lines it is given, whether each was dashed, and its colour. */
function recordingContext() {
  const lines: {
    dashed: boolean;
    from: number[];
    to: number[];
    colour?: unknown;
    alpha?: unknown;
  }[] = [];
  let dashed = false;
  let at: number[] = [];
  const ctx: Record<string, unknown> = {
    setLineDash: (dash: number[]) => (dashed = dash.length > 0),
    moveTo: (x: number, y: number) => (at = [x, y]),
    lineTo: (x: number, y: number) => {
      lines.push({ dashed, from: at, to: [x, y], colour: ctx.strokeStyle, alpha: ctx.globalAlpha });
      at = [x, y];
    },
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

describe('clipColumns', () => {
  it('keeps the part of a line between two pixel columns', () => {
    expect(clipColumns(-10, 0, 30, 40, 0, 100)).toEqual([0, 10, 30, 40]);
    expect(clipColumns(50, 0, 150, 100, 0, 100)).toEqual([50, 0, 100, 50]);
    expect(clipColumns(150, 100, -50, 0, 0, 100)).toEqual([100, 75, 0, 25]);
    expect(clipColumns(20, 0, 20, 90, 0, 100)).toEqual([20, 0, 20, 90]);
  });
  it('drops a line wholly to one side', () => {
    expect(clipColumns(-30, 0, -1, 5, 0, 100)).toBeNull();
    expect(clipColumns(101, 0, 300, 5, 0, 100)).toBeNull();
  });
});

/** A recorded line without its colour. */
const plain = ({ dashed, from, to }: { dashed: boolean; from: number[]; to: number[] }) => ({
  dashed,
  from,
  to,
});

/** A scene of `data` over `window` (200 axis units) on a 200 px plot, with event `selected` chosen. */
function sceneOf(
  data: SpaceTimeData,
  seen: Visibility,
  selected: number | null = null,
  window = { start: 0, end: 200 },
) {
  const scale = windowScale(window, 0, 200);
  return {
    data,
    seen,
    window,
    scale,
    left: 0,
    width: 200 + RIGHT,
    laneHeight: LANE_HEIGHT,
    palette: { message: '#00f', bad: '#f00', future: '#f80', past: '#88f' } as Palette,
    selected,
    knowledge: null,
    highlightMessage: null,
  } as unknown as Scene;
}

describe('drawSegments', () => {
  it('draws a receive whose send is before the held stretch from the stretch start on the sender lane', () => {
    // n1's ping is sent at 0, before the window, and received by n2 at 100.
    const data = enteringWindow();
    const seen = { count: 3, traceEnd: 4, cursor: 100 };
    const scene = sceneOf(data, seen);
    const { scale, window } = scene;
    const { ctx, lines } = recordingContext();
    drawSegments(ctx, scene, visibleSegments(data, seen, window, 0));
    const start = [scale(10), laneY(0, LANE_HEIGHT)];
    const end = [scale(100), laneY(1, LANE_HEIGHT)];
    const lead = leadIn(start[0]!, start[1]!, end[0]!, end[1]!);
    // A dashed lead-in from the stretch's start on n1's lane, then a solid line to n2's receive.
    expect(lines.filter((line) => line.dashed).map(plain)).toEqual([
      { dashed: true, from: start, to: lead },
    ]);
    expect(plain(lines.find((line) => !line.dashed)!)).toEqual({
      dashed: false,
      from: lead,
      to: end,
    });
  });
});

describe('drawSegments of copies sent before the held stretch and not received in it', () => {
  // n1's pings to n2 (on the wire at the cursor, 150) and to n3 (lost at 100), both sent
  // before the window, which starts at 10.
  const data = wireWindow();
  const seen = { count: 4, traceEnd: 7, cursor: 150 };
  /** The lines drawn with event `selected` chosen, and where the window starts on n1's lane. */
  const draw = (selected: number | null = null) => {
    const scene = sceneOf(data, seen, selected);
    const { ctx, lines } = recordingContext();
    drawSegments(ctx, scene, visibleSegments(data, seen, scene.window, 0));
    return { scene, lines, start: [scene.scale(10), laneY(0, LANE_HEIGHT)] };
  };

  it('draws the one on the wire faint and solid, from the window start on the sender lane to the cursor', () => {
    const { scene, lines, start } = draw();
    const cursor = [scene.scale(150), laneY(0.5, LANE_HEIGHT)];
    const wire = lines.filter((line) => line.to[0] === cursor[0]);
    expect(wire.map(plain)).toEqual([{ dashed: false, from: start, to: cursor }]);
    // Fainter than the other plain lines, the lost one's for instance.
    const lost = lines.find((line) => line.from[0] === start[0] && line !== wire[0])!;
    expect(wire[0]!.alpha).toBeLessThan(lost.alpha as number);
  });

  it('draws only the part of it over the plot, zoomed in', () => {
    // The window shows axis units [60, 260]: the line from 10 (px -50) starts off the plot.
    const scene = sceneOf(data, seen, null, { start: 60, end: 260 });
    const { ctx, lines } = recordingContext();
    drawSegments(ctx, scene, visibleSegments(data, seen, scene.window, 0));
    const [x0, y0, x1, y1] = [
      scene.scale(10),
      laneY(0, LANE_HEIGHT),
      scene.scale(150),
      laneY(0.5, LANE_HEIGHT),
    ];
    const wire = lines.filter((line) => line.to[0] === x1);
    expect(wire.map(plain)).toEqual([
      { dashed: false, from: [-8, y0 + ((y1 - y0) * (-8 - x0)) / (x1 - x0)], to: [x1, y1] },
    ]);
  });

  it('draws the lost one from the window start with a dashed lead-in, to a cross where it died', () => {
    const { scene, lines, start } = draw();
    const drop = [scene.scale(100), laneY(1, LANE_HEIGHT)];
    const lead = leadIn(start[0]!, start[1]!, drop[0]!, drop[1]!);
    expect(lines.map(plain)).toContainEqual({ dashed: true, from: start, to: lead });
    expect(lines.map(plain)).toContainEqual({ dashed: false, from: lead, to: drop });
    // The cross's first stroke, in the colour of losses.
    const [x, y] = drop as [number, number];
    expect(lines).toContainEqual({
      dashed: false,
      from: [x - 4, y - 4],
      to: [x + 4, y + 4],
      colour: '#f00',
      alpha: 1,
    });
  });

  it('never draws them in a selected event’s future cone', () => {
    // n3's first tick is chosen: both copies were sent before it.
    const message = draw(0).lines.filter((line) => line.colour !== '#f00');
    expect(message.length).toBeGreaterThan(0);
    expect(new Set(message.map((line) => line.colour))).toEqual(new Set(['#00f']));
  });
});
