/**
 * Seeking far ahead without freezing the page. A seek runs at once for up to SYNC_SEEK
 * events, which covers every seek within a run already played (checkpoints) and most
 * short ones. A seek that needs more (an hour of virtual time, or 100 nodes) goes on in
 * slices of SLICE's wall time, one per animation frame (frames.ts), so the page keeps drawing and
 * answering; `progress` says how far it has got, and `cancel` stops it where it is.
 *
 * Slices wait for `attach`: a store created during render (and perhaps thrown away, as
 * Strict Mode does) must not start a loop of its own.
 */
import type { Micros } from '@/sim/core';
import type { FrameSource } from './frames';

/** How much engine work one call may do: wall time in ms, and events. */
export interface SliceBudget {
  readonly ms: number;
  readonly events: number;
}

/**
 * What a seek may do at once before it goes on in slices. Counted in events, not wall
 * time, so whether a seek finishes at once does not depend on the machine's load
 * (what 8,192 events cost is in bench/README.md, "Measurements behind the code").
 */
export const SYNC_SEEK: SliceBudget = { ms: Infinity, events: 8192 };
/** One slice: under the 50 ms at which a task counts as long. */
export const SLICE: SliceBudget = { ms: 30, events: Infinity };

export interface SeekProgress {
  readonly from: Micros;
  readonly to: Micros;
  /** Virtual time reached so far. */
  readonly reached: Micros;
}

/** Runs the engine towards `target` within `budget`; true once it need not go on. */
export type SeekStep = (target: Micros, budget: SliceBudget) => boolean;

export class SeekAhead {
  progress: SeekProgress | null = null;
  private stopFrames: (() => void) | null = null;
  private attached = false;

  constructor(
    private readonly step: SeekStep,
    private readonly now: () => Micros,
    /** Called after each slice, and once more when the seek ends (`done`). */
    private readonly onSlice: (done: boolean) => void,
    /** The animation clock slices run on. */
    private readonly frames: FrameSource,
  ) {}

  /** Seeks to `target`; true if it got there at once, false if it goes on in slices. */
  begin(target: Micros): boolean {
    this.cancel();
    const from = this.now();
    if (this.step(target, SYNC_SEEK)) return true;
    this.progress = { from, to: target, reached: this.now() };
    if (this.attached) this.schedule();
    return false;
  }

  /** Lets slices run (the view is mounted), resuming a seek begun before. */
  attach(): void {
    this.attached = true;
    if (this.progress && this.stopFrames === null) this.schedule();
  }

  /** Stops slices but remembers the seek, for a later `attach`. */
  detach(): void {
    this.attached = false;
    this.unschedule();
  }

  /** Forgets the seek, leaving the run where it got to; true if one was going on. */
  cancel(): boolean {
    const going = this.progress !== null;
    this.progress = null;
    this.unschedule();
    return going;
  }

  private schedule(): void {
    this.stopFrames ??= this.frames(this.slice);
  }

  private unschedule(): void {
    this.stopFrames?.();
    this.stopFrames = null;
  }

  private slice = (): void => {
    const progress = this.progress;
    if (!progress) return this.unschedule();
    const done = this.step(progress.to, SLICE);
    this.progress = done ? null : { ...progress, reached: this.now() };
    if (done) this.unschedule();
    this.onSlice(done);
  };
}
