import { describe, expect, it } from 'vitest';
import { defaultParams } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { manualFrames } from './manualFrames';
import { PlayerStore } from './PlayerStore';

describe('coarse frames', () => {
  it('show the time play stopped at, even within the interval', () => {
    const frames = manualFrames();
    const player = new PlayerStore(failureDetector, defaultParams(failureDetector.params), 1, []);
    player.frames = frames.source;
    player.stopAt = 50_000;
    let wall = 0;
    player.wallClock = () => wall;
    const shown: number[] = [];
    player.onCoarseFrame((sim) => shown.push(sim.now), 100);
    player.play();
    for (let frame = 1; frame <= 10 && frames.pending; frame++) {
      wall = frame * 16;
      frames.run(wall);
    }
    expect(player.getSnapshot().playing).toBe(false);
    expect(shown.at(-1)).toBe(50_000);
  });
});
