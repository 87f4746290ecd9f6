/**
 * The animation clock the player's loops run on: `d3-timer`, which calls every active
 * timer once per animation frame from one shared requestAnimationFrame loop, and gives
 * them all the same frame time (`now`). A `FrameSource` is replaceable, so tests run
 * frames by hand (see manualFrames.ts).
 */
import { now, timer } from 'd3-timer';

/** Calls `frame(wall)` once per animation frame, `wall` in ms, until the returned stop. */
export type FrameSource = (frame: (wall: number) => void) => () => void;

export const d3Frames: FrameSource = (frame) => {
  const running = timer(() => frame(now()));
  return () => running.stop();
};
