import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversExtent, transformFor, wheelPan, wheelZooms, windowFor } from './camera';
import { windowScale } from '../drawing/viewWindow';

const base = { extent: { start: 0, end: 10_000 }, left: 48, right: 848 };
const wheel = { deltaX: 0, deltaY: 0, ctrlKey: false, metaKey: false, shiftKey: false };

describe('the camera transform', () => {
  it('is the identity for the whole extent', () => {
    const t = transformFor(base.extent, base);
    expect(t.k).toBe(1);
    expect(t.x).toBeCloseTo(0);
  });

  it('shows the window it was made for, over many windows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 9_000, noNaN: true }),
        fc.double({ min: 1, max: 10_000, noNaN: true }),
        (start, span) => {
          const w = { start, end: start + span };
          const back = windowFor(transformFor(w, base), base);
          expect(back.start).toBeCloseTo(w.start, 6);
          expect(back.end).toBeCloseTo(w.end, 6);
        },
      ),
    );
  });

  it('maps times to the same pixels as the window scale', () => {
    const w = { start: 2_000, end: 3_000 };
    const x = transformFor(w, base).rescaleX(windowScale(base.extent, base.left, base.right));
    expect(x(2_000)).toBeCloseTo(48);
    expect(x(2_500)).toBeCloseTo(448);
  });
});

describe('the wheel', () => {
  it('zooms with Ctrl or ⌘ (and a trackpad pinch)', () => {
    expect(wheelZooms({ ...wheel, ctrlKey: true, deltaY: -100 })).toBe(true);
    expect(wheelZooms({ ...wheel, metaKey: true })).toBe(true);
    expect(wheelPan({ ...wheel, ctrlKey: true, deltaX: 50 })).toBeNull();
  });

  it('pans sideways or with Shift, and leaves a plain vertical wheel to the page', () => {
    expect(wheelPan({ ...wheel, deltaX: 40, deltaY: 3 })).toBe(40);
    expect(wheelPan({ ...wheel, shiftKey: true, deltaY: -30 })).toBe(-30);
    expect(wheelPan({ ...wheel, deltaY: 100 })).toBeNull();
    expect(wheelZooms({ ...wheel, deltaY: 100 })).toBe(false);
  });
});

describe('fit mode', () => {
  it('is a window covering the extent, give or take rounding', () => {
    expect(coversExtent({ start: 1e-9, end: 10_000 - 1e-9 }, base.extent)).toBe(true);
    expect(coversExtent({ start: 0, end: 9_000 }, base.extent)).toBe(false);
  });
});
