import { now } from 'd3-timer';
import { describe, expect, it } from 'vitest';
import { d3Frames } from './frames';
import { manualFrames } from './manualFrames';

describe('d3Frames', () => {
  it('calls a loop each frame with d3-timer’s frame time until it is stopped', async () => {
    const walls: number[] = [];
    const frames: number[] = [];
    const stop = d3Frames((wall) => {
      walls.push(wall);
      frames.push(now());
      if (walls.length === 3) stop();
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(walls).toHaveLength(3);
    expect(walls).toEqual(frames);
    expect(walls[1]!).toBeGreaterThan(walls[0]!);
  });

  it('runs nothing once stopped before its first frame', async () => {
    let calls = 0;
    d3Frames(() => calls++)();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(0);
  });
});

describe('manualFrames', () => {
  it('runs every started loop at the wall time given, and none once stopped', () => {
    const frames = manualFrames();
    const seen: string[] = [];
    const stopA = frames.source((wall) => seen.push(`a${wall}`));
    frames.source((wall) => seen.push(`b${wall}`));
    frames.run(16);
    stopA();
    frames.run(32);
    expect(seen).toEqual(['a16', 'b16', 'b32']);
    expect(frames.pending).toBe(true);
  });
});
