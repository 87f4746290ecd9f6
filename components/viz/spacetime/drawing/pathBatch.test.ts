import { describe, expect, it } from 'vitest';
import { PathBatch } from './pathBatch';

function fakeContext() {
  const calls: string[] = [];
  const ctx = {
    beginPath: () => calls.push('begin'),
    fill: () => calls.push('fill'),
    stroke: () => calls.push('stroke'),
  } as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

describe('PathBatch', () => {
  it('paints every `size` shapes and the rest at the end', () => {
    const { ctx, calls } = fakeContext();
    const batch = new PathBatch(ctx, 'fill', 4);
    for (let i = 0; i < 10; i++) batch.next();
    batch.end();
    expect(calls).toEqual(['begin', 'fill', 'begin', 'fill', 'begin', 'fill']);
  });
  it('strokes when asked, and paints nothing for no shapes', () => {
    const { ctx, calls } = fakeContext();
    const empty = new PathBatch(ctx, 'stroke', 4);
    empty.end();
    expect(calls).toEqual(['begin']);
    const one = new PathBatch(ctx, 'stroke', 4);
    one.next();
    one.end();
    expect(calls).toEqual(['begin', 'begin', 'stroke']);
  });
});
