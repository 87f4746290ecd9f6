/**
 * A FrameSource run by hand, for tests: frames come only when `run` is called, at the
 * wall time given, to every loop started and not yet stopped.
 */
import type { FrameSource } from './frames';

export interface ManualFrames {
  readonly source: FrameSource;
  /** Whether a loop is waiting for a frame. */
  readonly pending: boolean;
  /** Runs one frame at `wall` ms. */
  run(wall: number): void;
}

export function manualFrames(): ManualFrames {
  const loops = new Set<(wall: number) => void>();
  return {
    source: (frame) => {
      loops.add(frame);
      return () => loops.delete(frame);
    },
    get pending() {
      return loops.size > 0;
    },
    run(wall) {
      for (const frame of [...loops]) if (loops.has(frame)) frame(wall);
    },
  };
}
