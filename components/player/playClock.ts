/**
 * The player's clock: while playing, each animation frame (frames.ts) asks the engine to
 * advance virtual time by the wall time since the last frame × speed.
 *
 * A frame never blocks on the engine: it runs events for at most FRAME_BUDGET_MS, less when
 * frames run long (frameBudget.ts). When that is not enough (100 nodes at 10×), virtual
 * time falls behind wall time × speed, and the clock says so once (`slowdown`), so the UI
 * can tell the user.
 */
import type { Micros } from '@/sim/core';
import type { Advanced } from './advanceWithin';
import { nextEngineBudget, START_BUDGET } from './frameBudget';
import type { FrameSource } from './frames';

export const SPEED_MIN = 0.1;
export const SPEED_MAX = 10;
/** Longest wall-clock gap one frame may cover, so a background tab does not leap ahead. */
const MAX_FRAME_MS = 100;
/** Play is "slower than chosen" when over this much wall time, most frames fell short. */
const LAG_WINDOW_MS = 1000;

/** What the clock drives: a run it reads and advances, and a view it tells of each frame. */
export interface ClockHost {
  /** Virtual time now. */
  now(): Micros;
  /** Where play stops. */
  stopTime(): Micros;
  /** Runs the engine towards `target` for at most `ms` of wall time. */
  advance(target: Micros, ms: number): Advanced['result'];
  /** A frame has run. `stoppedAt` is the stop time if play just reached it, else null. */
  framed(frame: Frame): void;
}

export interface Frame {
  readonly wall: number;
  readonly stoppedAt: Micros | null;
  /** Play has just been found slower than chosen (`slowdown` is new). */
  readonly noticed: boolean;
}

export class PlayClock {
  playing = false;
  speed = 1;
  /** Virtual time gained per wall time, once play has been found too slow; else null. */
  slowdown: number | null = null;
  private stopFrames: (() => void) | null = null;
  private lastWall: number | null = null;
  /** The engine's share of the next frame (see frameBudget.ts). */
  private engineBudget = START_BUDGET;
  /** Whether the last frame's engine work stopped at its budget. */
  private engineBound = false;
  /** Wall time, the part of it in frames that fell short, and virtual time gained. */
  private lag = { wall: 0, short: 0, gained: 0 };

  constructor(
    private readonly host: ClockHost,
    private readonly frames: FrameSource,
  ) {}

  /** The engine's share of a frame now, in ms: FRAME_BUDGET_MS, or less on a heavy page. */
  get engineBudgetMs(): number {
    return this.engineBudget.budget;
  }

  /** Starts play; false if it was playing already. */
  start(): boolean {
    if (this.playing) return false;
    this.playing = true;
    this.lastWall = null;
    // The frames before a pause say nothing about the page now; the budget carries over.
    this.engineBudget = { ...this.engineBudget, meanInterval: 0 };
    this.stopFrames = this.frames(this.tick);
    return true;
  }

  /** Stops play; false if it was not playing. */
  stop(): boolean {
    if (!this.playing) return false;
    this.playing = false;
    this.stopLoop();
    return true;
  }

  /** Sets the speed within its bounds, and forgets any slowdown seen at the old one. */
  setSpeed(speed: number): void {
    this.speed = Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
    this.slowdown = null;
    this.lag = { wall: 0, short: 0, gained: 0 };
  }

  private stopLoop(): void {
    this.stopFrames?.();
    this.stopFrames = null;
  }

  private tick = (wall: number): void => {
    if (!this.playing) return this.stopLoop();
    const host = this.host;
    const elapsed = this.lastWall === null ? 0 : Math.min(MAX_FRAME_MS, wall - this.lastWall);
    this.lastWall = wall;
    this.engineBudget = nextEngineBudget(this.engineBudget, elapsed, this.engineBound);
    const from = host.now();
    let target = from + Math.round(elapsed * 1000 * this.speed);
    const stop = host.stopTime();
    const stopping = target >= stop;
    if (stopping) target = stop;
    const result = host.advance(target, this.engineBudget.budget);
    const reached = result === 'reached';
    this.engineBound = result === 'budget';
    if ((stopping && reached) || result === 'stopped') this.playing = false;
    const noticed = this.noteLag(elapsed, reached, host.now() - from);
    if (!this.playing) this.stopLoop();
    host.framed({ wall, stoppedAt: stopping && reached ? stop : null, noticed });
  };

  /** Keeps the lag window; returns true when play has just been found too slow. */
  private noteLag(elapsed: number, reached: boolean, gained: Micros): boolean {
    const lag = this.lag;
    lag.wall += elapsed;
    if (!reached) lag.short += elapsed;
    lag.gained += gained;
    if (lag.wall < LAG_WINDOW_MS) return false;
    const slow = lag.short > lag.wall / 2;
    const managed = lag.gained / (lag.wall * 1000);
    this.lag = { wall: 0, short: 0, gained: 0 };
    if (!slow || this.slowdown !== null) return false;
    this.slowdown = managed;
    return true;
  }
}
