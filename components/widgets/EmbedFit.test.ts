import { describe, expect, it } from 'vitest';
import { fitScale } from './EmbedFit';

describe('fitScale', () => {
  it('never enlarges a widget that already fits', () => {
    expect(fitScale({ width: 960, height: 540 }, { width: 960, height: 400 })).toBe(1);
  });
  it('shrinks by the tighter of the two sides', () => {
    expect(fitScale({ width: 960, height: 540 }, { width: 960, height: 1080 })).toBe(0.5);
    expect(fitScale({ width: 960, height: 540 }, { width: 1920, height: 540 })).toBe(0.5);
  });
  it('rounds down, so the scaled widget is never a fraction of a pixel too big', () => {
    const scale = fitScale({ width: 960, height: 540 }, { width: 960, height: 747 });
    expect(scale).toBe(0.722);
    expect(747 * scale).toBeLessThanOrEqual(540);
  });
  it('leaves an unmeasured (empty) widget alone', () => {
    expect(fitScale({ width: 960, height: 540 }, { width: 0, height: 0 })).toBe(1);
  });
});
