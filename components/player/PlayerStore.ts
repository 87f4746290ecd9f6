/**
 * The bridge between the engine and the views. It owns one Simulation and one clock:
 * while playing, each animation frame (d3-timer, frames.ts) advances virtual time by wall
 * time × speed.
 *
 * Two channels, on purpose:
 * - per-frame listeners (`onFrame`) draw motion through refs and canvas; React is not involved;
 * - React subscribers (`subscribe`) get a new immutable snapshot at most every
 *   PUBLISH_INTERVAL_MS while playing, and at once after a user action.
 *
 * A frame never blocks on the engine: it runs events for at most FRAME_BUDGET_MS, less when
 * frames run long (frameBudget.ts). When that is not enough (100 nodes at 10×), virtual
 * time falls behind wall time × speed, and the snapshot says so once (`slowdown`), so the
 * UI can tell the user.
 */
import type { Command } from '@/sim/core/commands';
import { formatMinutes, maxTimeOf } from '@/sim/core/limits';
import type { ParamValues } from '@/sim/core/params';
import type { Scenario } from '@/sim/core/scenario';
import { Simulation, type CommandInput } from '@/sim/core/simulation';
import type { Micros } from '@/sim/core/time';
import { typeAt } from '@/sim/core/trace';
import { advanceWithin, type Advanced } from './advanceWithin';
import { onCoarseFrame } from './coarseFrame';
import { nextEngineBudget, START_BUDGET } from './frameBudget';
import { d3Frames, type FrameSource } from './frames';
import { groupBurst, narrate, UNSPOKEN } from './narration';
import type { PlayerSnapshot } from './PlayerSnapshot';
import { SeekAhead, type SliceBudget } from './seekAhead';

export type { PlayerSnapshot };

export type FrameListener = (sim: Simulation) => void;

export const SPEED_MIN = 0.1;
export const SPEED_MAX = 10;
const PUBLISH_INTERVAL_MS = 100;
/** Longest wall-clock gap one frame may cover, so a background tab does not leap ahead. */
const MAX_FRAME_MS = 100;
const NARRATION_KEPT = 40;
/** Play is "slower than chosen" when over this much wall time, most frames fell short. */
const LAG_WINDOW_MS = 1000;

export class PlayerStore {
  sim: Simulation;
  private playing = false;
  private speed = 1;
  private horizon: Micros = 0;
  private stopFrames: (() => void) | null = null;
  private lastWall: number | null = null;
  private lastPublish = 0;
  private narrated = 0;
  private narrationId = 0;
  private narration: { id: number; text: string }[] = [];
  private snapshot: PlayerSnapshot;
  private readonly subscribers = new Set<() => void>();
  private readonly frameListeners = new Set<FrameListener>();
  /** Stops play at this time (a lesson's `until`, an embed's step range). */
  stopAt: Micros | null = null;
  /** Stores kept at this store's time, receiving its commands (side-by-side comparisons). */
  private readonly followers = new Set<PlayerStore>();
  private leader: PlayerStore | null = null;
  /** Wall clock for the frame budget, in ms; replaceable in tests. */
  wallClock: () => number = () => performance.now();
  /** The animation clock play and seeks run on; replaceable in tests. */
  frames: FrameSource = d3Frames;
  private slowdown: number | null = null;
  /** The engine's share of the next frame (see frameBudget.ts). */
  private engineBudget = START_BUDGET;
  /** Whether the last frame's engine work stopped at its budget. */
  private engineBound = false;
  /** Wall time, the part of it in frames that fell short, and virtual time gained. */
  private lag = { wall: 0, short: 0, gained: 0 };
  private limit: string | null = null;
  /** The furthest virtual time this scenario may reach (sim/core/limits.ts). */
  readonly maxTime: Micros;
  private readonly ahead = new SeekAhead(
    (target, budget) => this.advanceAll(target, budget),
    () => this.sim.now,
    // Drawn and published ten times a second, not per slice: views catch up in chunks.
    (done) => {
      if (!done && this.wallClock() - this.lastPublish < PUBLISH_INTERVAL_MS) return;
      this.lastPublish = this.wallClock();
      this.changed(true);
    },
    (frame) => this.frames(frame),
  );

  constructor(
    readonly scenario: Scenario,
    params: ParamValues,
    seed: number,
    commands: readonly Command[],
    startAt: Micros = 0,
  ) {
    this.sim = new Simulation(scenario, params, seed, commands);
    this.maxTime = maxTimeOf(scenario);
    this.ahead.begin(Math.min(startAt, this.maxTime));
    this.horizon = this.sim.now;
    this.narrated = this.sim.traceEnd;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  };

  getSnapshot = (): PlayerSnapshot => this.snapshot;

  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    listener(this.sim);
    return () => this.frameListeners.delete(listener);
  }

  /**
   * Makes `follower` mirror this store: it shows the same instant and receives the same
   * commands; its own transport defers to this store. Returns a function that unlinks.
   */
  link(follower: PlayerStore): () => void {
    this.followers.add(follower);
    follower.leader = this;
    follower.ahead.cancel();
    follower.sim.seek(this.sim.now);
    follower.changed(true);
    return () => {
      this.followers.delete(follower);
      follower.leader = null;
    };
  }

  play(): void {
    if (this.leader) return this.leader.play();
    this.cancelSeek();
    if (this.playing) return;
    if (this.sim.now >= this.stopTime) return;
    this.playing = true;
    this.lastWall = null;
    // The frames before a pause say nothing about the page now; the budget carries over.
    this.engineBudget = { ...this.engineBudget, meanInterval: 0 };
    this.stopFrames = this.frames(this.tick);
    this.changed();
  }

  pause(): void {
    if (this.leader) return this.leader.pause();
    if (!this.playing) return;
    this.playing = false;
    this.stopLoop();
    this.changed();
  }

  toggle(): void {
    if (this.leader) return this.leader.toggle();
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    if (this.leader) return this.leader.setSpeed(speed);
    this.speed = Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
    this.slowdown = null;
    this.lag = { wall: 0, short: 0, gained: 0 };
    this.changed();
  }

  /** Moves to the next event (or the stop time), paused. */
  stepForward(): void {
    if (this.leader) return this.leader.stepForward();
    this.pause();
    this.cancelSeek();
    const next = this.sim.nextEventTime();
    if (next === null || this.sim.now >= this.stopTime) return;
    // Take every event at that instant, so one press shows one moment.
    this.sim.seek(Math.min(next, this.stopTime));
    this.changed();
  }

  stepBack(): void {
    if (this.leader) return this.leader.stepBack();
    this.pause();
    this.cancelSeek();
    this.sim.stepBack();
    this.changed(true);
  }

  /** Moves to `t` (at most the scenario's longest time); far ahead, in slices (seekAhead.ts). */
  seek(t: Micros): void {
    if (this.leader) return this.leader.seek(t);
    this.ahead.begin(Math.min(Math.max(0, t), this.maxTime));
    this.changed(true);
  }

  /** Stops a seek going on in slices where it has got to. */
  cancelSeek(): void {
    if (this.leader) return this.leader.cancelSeek();
    if (this.ahead.cancel()) this.changed(true);
  }

  /** The view is mounted: slices may run. */
  attach(): void {
    this.ahead.attach();
  }

  /** The view is gone, perhaps for a moment (Strict Mode): stop every loop. */
  detach(): void {
    this.ahead.detach();
    this.pause();
  }

  reset(): void {
    if (this.leader) return this.leader.reset();
    this.pause();
    this.seek(0);
  }

  /** Forgets everything after now: the command log and the traced future. */
  fork(): void {
    if (this.leader) return this.leader.fork();
    this.cancelSeek();
    for (const follower of this.followers) {
      follower.sim.seek(this.sim.now);
      follower.sim.fork();
      follower.horizon = follower.sim.now;
    }
    this.sim.fork();
    this.horizon = this.sim.now;
    this.changed(true);
  }

  /** Issues a user command now. If now is in the past, the run forks here. */
  issue(command: CommandInput): void {
    if (this.leader) return this.leader.issue(command);
    this.cancelSeek();
    for (const follower of this.followers) {
      follower.sim.seek(this.sim.now);
      follower.sim.issue(command);
    }
    const forking = this.sim.now < this.horizon;
    this.sim.issue(command);
    if (forking) this.horizon = this.sim.now;
    this.changed();
  }

  destroy(): void {
    this.detach();
    for (const slot of this.sim.world.nodes.values()) slot.actor?.stop();
    this.subscribers.clear();
    this.frameListeners.clear();
  }

  private stopLoop(): void {
    this.stopFrames?.();
    this.stopFrames = null;
  }

  private tick = (wall: number): void => {
    if (!this.playing) return this.stopLoop();
    const elapsed = this.lastWall === null ? 0 : Math.min(MAX_FRAME_MS, wall - this.lastWall);
    this.lastWall = wall;
    this.engineBudget = nextEngineBudget(this.engineBudget, elapsed, this.engineBound);
    let target = this.sim.now + Math.round(elapsed * 1000 * this.speed);
    const stop = this.stopTime;
    const stopping = target >= stop;
    if (stopping) target = stop;
    const from = this.sim.now;
    const result = this.advanceWithinBudget(target, {
      ms: this.engineBudget.budget,
      events: Infinity,
    });
    const reached = result === 'reached';
    this.engineBound = result === 'budget';
    if ((stopping && reached) || result === 'stopped') this.playing = false;
    if (stopping && reached && stop === this.maxTime)
      this.limit = `This run has reached its longest time, ${formatMinutes(this.maxTime)}.`;
    const noticed = this.noteLag(elapsed, reached, this.sim.now - from);
    this.drawFrame();
    if (!this.playing) this.stopLoop();
    if (noticed || !this.playing || wall - this.lastPublish >= PUBLISH_INTERVAL_MS) {
      this.lastPublish = wall;
      this.publish();
    }
  };

  /** Where play and steps stop: the stop time if any, and never past the longest run. */
  private get stopTime(): Micros {
    return Math.min(this.stopAt ?? Infinity, this.maxTime);
  }

  /** The engine's share of a frame now, in ms: FRAME_BUDGET_MS, or less on a heavy page. */
  get engineBudgetMs(): number {
    return this.engineBudget.budget;
  }

  /** A seek's slice: this run, then each follower to its time, sharing the budget. */
  private advanceAll(target: Micros, { ms, events }: SliceBudget): boolean {
    const share = { ms: ms / (1 + this.followers.size), events };
    let done = this.advanceWithinBudget(target, share) !== 'budget';
    for (const follower of this.followers)
      if (follower.advanceWithinBudget(this.sim.now, share) === 'budget') done = false;
    return done;
  }

  /** Runs towards `target` within `budget` (advanceWithin.ts), keeping why it stopped. */
  private advanceWithinBudget(target: Micros, budget: SliceBudget): Advanced['result'] {
    const { result, why } = advanceWithin(this.sim, target, budget, this.wallClock);
    this.limit = why;
    return result;
  }

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

  /** Whether this run (or the run it follows) is playing now, before any publish. */
  get isPlaying(): boolean {
    return this.leader?.playing ?? this.playing;
  }

  /** Like onFrame, but for text readouts: see coarseFrame.ts. */
  onCoarseFrame(listener: FrameListener, intervalMs = PUBLISH_INTERVAL_MS): () => void {
    return onCoarseFrame(this, listener, intervalMs);
  }

  private drawFrame(): void {
    for (const follower of this.followers) {
      // During a seek in slices, followers catch up in their own share of each slice.
      if (!this.ahead.progress && follower.sim.now !== this.sim.now)
        follower.sim.seek(this.sim.now);
      follower.drawFrame();
    }
    for (const listener of this.frameListeners) listener(this.sim);
  }

  private changed(jumped = false): void {
    this.drawFrame();
    this.publish(jumped);
  }

  private collectNarration(jumped: boolean): void {
    const end = this.sim.traceEnd;
    // After a jump backwards, or a long jump forwards, narrate nothing stale.
    if (jumped || end < this.narrated || end - this.narrated > 5000) {
      this.narrated = end;
      return;
    }
    const trace = this.sim.trace;
    const added: { id: number; text: string; routine: boolean }[] = [];
    for (let i = this.narrated; i < end; i++) {
      if (UNSPOKEN.has(typeAt(trace, i))) continue;
      const entry = trace.at(i)!;
      const text = narrate(entry);
      if (text !== null)
        added.push({ id: ++this.narrationId, text, routine: entry.type === 'note' });
    }
    this.narrated = end;
    // A new array, never an edited one: React holds the old snapshot.
    const grouped = groupBurst(added, () => ++this.narrationId);
    if (grouped.length > 0) this.narration = [...this.narration, ...grouped].slice(-NARRATION_KEPT);
  }

  private publish(jumped = false): void {
    this.horizon = Math.max(this.horizon, this.sim.now);
    this.collectNarration(jumped);
    this.snapshot = this.makeSnapshot();
    for (const subscriber of this.subscribers) subscriber();
    for (const follower of this.followers) follower.publish(jumped);
  }

  private makeSnapshot(): PlayerSnapshot {
    const world = this.sim.world;
    return {
      now: world.now,
      horizon: this.leader?.horizon ?? this.horizon,
      playing: this.leader?.playing ?? this.playing,
      speed: this.leader?.speed ?? this.speed,
      nodes: [...world.nodes.values()].map((slot) => slot.view),
      network: world.network,
      commands: this.sim.commands,
      inflight: [...world.inflight.values()],
      processed: world.processed,
      narration: this.narration,
      slowdown: this.leader?.slowdown ?? this.slowdown,
      seeking: this.leader ? this.leader.ahead.progress : this.ahead.progress,
      limit: this.leader?.limit ?? this.limit,
    };
  }
}
