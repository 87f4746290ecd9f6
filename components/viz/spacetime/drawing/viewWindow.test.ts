import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  fitWindow,
  followCursor,
  formatTick,
  liveFitWindow,
  LIVE_FIT_GROWTH,
  revealInWindow,
  windowScale,
} from './viewWindow';

const extent = { start: 0, end: 1000 };

describe('liveFitWindow', () => {
  it('covers the fit window, in steps, so its end stays put while the run grows within a step', () => {
    let previous = liveFitWindow(0, 'time');
    let changes = 0;
    for (let last = 0; last <= 60_000_000; last += 10_000) {
      const w = liveFitWindow(last, 'time');
      expect(w.start).toBe(0);
      expect(w.end).toBeGreaterThanOrEqual(fitWindow(last, 'time').end);
      expect(w.end).toBeLessThanOrEqual(fitWindow(last, 'time').end * LIVE_FIT_GROWTH * 1.000001);
      if (w.end !== previous.end) changes++;
      previous = w;
    }
    // 200 µs to 60 s in steps of 1.25 is about 57 steps, not one per sample (6,000).
    expect(changes).toBeLessThan(60);
  });
  it('starts where the held events start, and steps the span after it', () => {
    const w = liveFitWindow(50_000_000, 'time', 40_000_000);
    expect(w.start).toBe(40_000_000);
    expect(w.end - w.start).toBe(liveFitWindow(10_000_000, 'time').end);
    expect(liveFitWindow(1_000, 'time', 5_000).start).toBe(1_000);
  });
});

describe('fitWindow', () => {
  it('shows the whole run with a little room after it', () => {
    expect(fitWindow(1000, 'time')).toEqual({ start: 0, end: 1030 });
  });
  it('never gets narrower than the minimum span', () => {
    expect(fitWindow(0, 'time')).toEqual({ start: 0, end: 200 });
    expect(fitWindow(0, 'logical').end).toBe(4);
  });
});

describe('clampWindow', () => {
  it('slides a window back inside the extent', () => {
    expect(clampWindow({ start: 900, end: 1100 }, extent)).toEqual({ start: 800, end: 1000 });
    expect(clampWindow({ start: -50, end: 50 }, extent)).toEqual({ start: 0, end: 100 });
  });
});

describe('revealInWindow', () => {
  it('leaves a window that shows the point alone', () => {
    const w = { start: 100, end: 200 };
    expect(revealInWindow(w, 150, extent)).toBe(w);
  });
  it('centres a point that is out of view', () => {
    expect(revealInWindow({ start: 100, end: 200 }, 500, extent)).toEqual({ start: 450, end: 550 });
  });
});

describe('followCursor', () => {
  it('slides when a watched cursor nears the right edge', () => {
    expect(followCursor({ start: 0, end: 100 }, 80, 95, extent)).toEqual({ start: 15, end: 115 });
  });
  it('stays when the reader panned away from the cursor', () => {
    const w = { start: 0, end: 100 };
    expect(followCursor(w, 300, 310, extent)).toBe(w);
  });
});

describe('formatTick', () => {
  it('picks a unit from the span', () => {
    expect(formatTick(1_500_000, 'time', 10_000_000)).toBe('1.5 s');
    expect(formatTick(250_000, 'time', 900_000)).toBe('250 ms');
    expect(formatTick(40, 'time', 500)).toBe('40 µs');
    expect(formatTick(7, 'logical', 30)).toBe('7');
  });
});

describe('windowScale', () => {
  it('maps the window onto the plot, beyond it linearly, and back', () => {
    const scale = windowScale({ start: 200, end: 1200 }, 48, 848);
    expect(scale(200)).toBe(48);
    expect(scale(1200)).toBe(848);
    expect(scale(700)).toBe(448);
    expect(scale(5000)).toBeCloseTo(48 + 4800 * 0.8);
    expect(scale.invert(scale(345))).toBeCloseTo(345);
  });
});
