/**
 * Frames for text readouts, which need not change 60 times a second: like
 * `PlayerStore.onFrame`, but while playing at most once per `intervalMs` of wall time,
 * and only when virtual time has moved.
 */
import type { Micros } from '@/sim/core';
import type { FrameListener, PlayerStore } from './PlayerStore';

export function onCoarseFrame(
  store: PlayerStore,
  listener: FrameListener,
  intervalMs: number,
): () => void {
  let last = -Infinity;
  let shown: Micros | null = null;
  return store.onFrame((sim) => {
    const wall = store.wallClock();
    // Live, not the snapshot: the frame that stops play comes before its publish.
    if (sim.now === shown || (store.isPlaying && wall - last < intervalMs)) return;
    last = wall;
    shown = sim.now;
    listener(sim);
  });
}
