/**
 * Seeking far ahead without freezing the page. A seek runs at once for up to
 * SYNC_SEEK_MS of wall time, which covers every seek within a run already played and
 * most short ones. A seek that needs longer (an hour of virtual time, or 100 nodes)
 * goes on in slices of SLICE_MS, one per animation frame, so the page keeps drawing and
 * answering; `progress` says how far it has got, and `cancel` stops it where it is.
 *
 * Slices wait for `attach`: a store created during render (and perhaps thrown away, as
 * Strict Mode does) must not start a loop of its own.
 */
import type { Micros } from '@/sim/core/time';

/** Wall time a seek may take at once, in ms, before it goes on in slices. */
export const SYNC_SEEK_MS = 50;
/** Wall time of one slice, in ms: under the 50 ms at which a task counts as long. */
export const SLICE_MS = 30;

export interface SeekProgress {
  readonly from: Micros;
  readonly to: Micros;
  /** Virtual time reached so far. */
  readonly reached: Micros;
}

/** Runs the engine towards `target` for at most `budgetMs`; true once it need not go on. */
export type SeekStep = (target: Micros, budgetMs: number) => boolean;

export class SeekAhead {
  progress: SeekProgress | null = null;
  private frame: number | null = null;
  private attached = false;

  constructor(
    private readonly step: SeekStep,
    private readonly now: () => Micros,
    /** Called after each slice, and once more when the seek ends (`done`). */
    private readonly onSlice: (done: boolean) => void,
  ) {}

  /** Seeks to `target`; true if it got there at once, false if it goes on in slices. */
  begin(target: Micros): boolean {
    this.cancel();
    const from = this.now();
    if (this.step(target, SYNC_SEEK_MS)) return true;
    this.progress = { from, to: target, reached: this.now() };
    if (this.attached) this.schedule();
    return false;
  }

  /** Lets slices run (the view is mounted), resuming a seek begun before. */
  attach(): void {
    this.attached = true;
    if (this.progress && this.frame === null) this.schedule();
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
    this.frame = requestAnimationFrame(this.slice);
  }

  private unschedule(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private slice = (): void => {
    this.frame = null;
    const progress = this.progress;
    if (!progress) return;
    const done = this.step(progress.to, SLICE_MS);
    this.progress = done ? null : { ...progress, reached: this.now() };
    if (!done) this.schedule();
    this.onSlice(done);
  };
}
