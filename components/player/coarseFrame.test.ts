import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultParams } from '@/sim/core/params';
import { failureDetector } from '@/sim/scenarios/failure-detector/scenario';
import { PlayerStore } from './PlayerStore';

describe('coarse frames', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('show the time play stopped at, even within the interval', () => {
    let pending: FrameRequestCallback | null = null;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      pending = callback;
      return 1;
    });
    vi.stubGlobal('cancelAnimationFrame', () => (pending = null));
    const player = new PlayerStore(failureDetector, defaultParams(failureDetector.params), 1, []);
    player.stopAt = 50_000;
    let wall = 0;
    player.wallClock = () => wall;
    const shown: number[] = [];
    player.onCoarseFrame((sim) => shown.push(sim.now), 100);
    player.play();
    for (let frame = 1; frame <= 10 && pending; frame++) {
      wall = frame * 16;
      const callback: FrameRequestCallback = pending;
      pending = null;
      callback(wall);
    }
    expect(player.getSnapshot().playing).toBe(false);
    expect(shown.at(-1)).toBe(50_000);
  });
});
