import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyGesture,
  coversExtent,
  panWindow,
  pinchWindow,
  wheelGesture,
  wheelZoomFactor,
  zoomAtPixel,
  type PlotBounds,
} from './panZoom';
import { windowScale, type TimeWindow } from './viewWindow';

const bounds: PlotBounds = { left: 50, right: 850, extent: { start: 0, end: 8000 }, narrowest: 10 };
const middle: TimeWindow = { start: 2000, end: 4000 };
/** The time under pixel `x` when `w` is shown. */
const timeAt = (w: TimeWindow, x: number) => windowScale(w, bounds.left, bounds.right).invert(x);
const wheel = {
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
};

/** A window inside the extent, at least the narrowest span wide. */
const windows = fc
  .tuple(
    fc.double({ min: 0, max: 7990, noNaN: true }),
    fc.double({ min: 10, max: 8000, noNaN: true }),
  )
  .map(([start, span]) => ({
    start: Math.min(start, 8000 - span),
    end: Math.min(start, 8000 - span) + span,
  }));
const pixels = fc.double({ min: 0, max: 900, noNaN: true });
const gestures = fc.oneof(
  fc.record({
    kind: fc.constant('pan' as const),
    pixels: fc.double({ min: -2000, max: 2000, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('zoom' as const),
    factor: fc.double({ min: 0.01, max: 100, noNaN: true }),
    at: pixels,
  }),
  fc.record({
    kind: fc.constant('pinch' as const),
    from: fc.tuple(pixels, pixels),
    to: fc.tuple(pixels, pixels),
  }),
);

describe('panWindow', () => {
  it('moves by the time the pixels cover: 800 px show 2000 µs, so 100 px are 250 µs', () => {
    expect(panWindow(middle, 100, bounds)).toEqual({ start: 2250, end: 4250 });
    expect(panWindow(middle, -100, bounds)).toEqual({ start: 1750, end: 3750 });
  });
  it('stops at either end of the run', () => {
    expect(panWindow(middle, -5000, bounds)).toEqual({ start: 0, end: 2000 });
    expect(panWindow(middle, 5000, bounds)).toEqual({ start: 6000, end: 8000 });
  });
});

describe('zoomAtPixel', () => {
  it('keeps the time under the pointer under the pointer', () => {
    const before = timeAt(middle, 250);
    const after = zoomAtPixel(middle, 2, 250, bounds);
    expect(after.end - after.start).toBeCloseTo(1000);
    expect(timeAt(after, 250)).toBeCloseTo(before);
  });
  it('stops at the narrowest span and at the whole run', () => {
    expect(
      zoomAtPixel(middle, 1e6, 450, bounds).end - zoomAtPixel(middle, 1e6, 450, bounds).start,
    ).toBeCloseTo(10);
    expect(zoomAtPixel(middle, 1e-6, 450, bounds)).toEqual(bounds.extent);
  });
});

describe('pinchWindow', () => {
  it('keeps the times under both fingers under them as they spread', () => {
    const [t1, t2] = [timeAt(middle, 300), timeAt(middle, 500)];
    const after = pinchWindow(middle, [300, 500], [250, 650], bounds);
    expect(timeAt(after, 250)).toBeCloseTo(t1);
    expect(timeAt(after, 650)).toBeCloseTo(t2);
  });
  it('pans when both fingers move together', () => {
    expect(pinchWindow(middle, [300, 500], [400, 600], bounds)).toEqual(
      panWindow(middle, -100, bounds),
    );
  });
  it('only pans when the fingers touch', () => {
    expect(pinchWindow(middle, [300, 300], [320, 320.5], bounds)).toEqual(
      panWindow(middle, -20.25, bounds),
    );
  });
});

describe('wheel', () => {
  it("zooms as d3-zoom's default: 2^(−deltaY × 0.002) per pixel, ten times that for a pinch", () => {
    expect(wheelZoomFactor(-500, 0, false)).toBeCloseTo(2);
    expect(wheelZoomFactor(100, 0, true)).toBeCloseTo(0.25);
    expect(wheelZoomFactor(-20, 1, false)).toBeCloseTo(2);
    expect(wheelZoomFactor(-1, 2, false)).toBeCloseTo(2);
  });
  it('zooms about the pointer with Ctrl or ⌘, pans sideways, and leaves a plain wheel to the page', () => {
    expect(wheelGesture({ ...wheel, deltaY: -500, metaKey: true }, 120)).toEqual({
      kind: 'zoom',
      factor: 2,
      at: 120,
    });
    expect(wheelGesture({ ...wheel, deltaX: 30, deltaY: 4 }, 120)).toEqual({
      kind: 'pan',
      pixels: 30,
    });
    expect(wheelGesture({ ...wheel, deltaY: 40, shiftKey: true }, 120)).toEqual({
      kind: 'pan',
      pixels: 40,
    });
    expect(wheelGesture({ ...wheel, deltaX: 3, deltaY: 40 }, 120)).toBeNull();
  });
});

describe('applyGesture', () => {
  it('always leaves a window inside the run, no narrower than the narrowest span', () => {
    fc.assert(
      fc.property(windows, gestures, (w, gesture) => {
        const next = applyGesture(w, gesture, bounds);
        expect(next.start).toBeGreaterThanOrEqual(-1e-9);
        expect(next.end).toBeLessThanOrEqual(8000 + 1e-9);
        expect(next.end - next.start).toBeGreaterThanOrEqual(10 - 1e-9);
      }),
    );
  });
  it('undoes a pan with the opposite pan when neither reaches an end', () => {
    fc.assert(
      fc.property(windows, fc.double({ min: -2000, max: 2000, noNaN: true }), (w, px) => {
        const there = panWindow(w, px, bounds);
        fc.pre(there.start > 0 && there.end < 8000);
        const back = panWindow(there, -px, bounds);
        expect(back.start).toBeCloseTo(w.start, 6);
        expect(back.end).toBeCloseTo(w.end, 6);
      }),
    );
  });
});

describe('coversExtent', () => {
  it('is fit mode: the whole run in view', () => {
    expect(coversExtent(bounds.extent, bounds.extent)).toBe(true);
    expect(coversExtent(middle, bounds.extent)).toBe(false);
  });
});
