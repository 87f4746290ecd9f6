/**
 * The bridge between the engine and the views. It owns one Simulation and composes the
 * clock that plays it (playClock.ts), the narrator that reads it out (narrator.ts) and the
 * link to players shown beside it (playerLink.ts).
 *
 * Two channels, on purpose:
 * - per-frame listeners (`onFrame`) draw motion through refs and canvas; React is not involved;
 * - React subscribers (`subscribe`) get a new immutable snapshot at most every
 *   PUBLISH_INTERVAL_MS while playing, and at once after a user action.
 */
import {
  type Command,
  type CommandInput,
  formatMinutes,
  maxTimeOf,
  type Micros,
  type ParamValues,
  type Scenario,
  Simulation,
} from '@/sim/core';
import { advanceWithin, type Advanced } from './advanceWithin';
import { onCoarseFrame } from './coarseFrame';
import { d3Frames, type FrameSource } from './frames';
import { Narrator } from './narrator';
import { PlayClock, type Frame } from './playClock';
import type { PlayerSnapshot } from './PlayerSnapshot';
import { PlayerLink } from './playerLink';
import { SeekAhead, type SliceBudget } from './seekAhead';

export type { PlayerSnapshot };
export { SPEED_MAX, SPEED_MIN } from './playClock';

export type FrameListener = (sim: Simulation) => void;

const PUBLISH_INTERVAL_MS = 100;

export class PlayerStore {
  sim: Simulation;
  private horizon: Micros = 0;
  private lastPublish = 0;
  private snapshot: PlayerSnapshot;
  private readonly subscribers = new Set<() => void>();
  private readonly frameListeners = new Set<FrameListener>();
  /** Stops play at this time (a lesson's `until`, an embed's step range). */
  stopAt: Micros | null = null;
  /** Also stops play, for a while: a lesson's deciding moment (components/lesson/predictGate.ts). */
  holdAt: Micros | null = null;
  /** Wall clock for the frame budget, in ms; replaceable in tests. */
  wallClock: () => number = () => performance.now();
  /** The animation clock play and seeks run on; replaceable in tests. */
  frames: FrameSource = d3Frames;
  private limit: string | null = null;
  /** The furthest virtual time this scenario may reach (sim/core/limits.ts). */
  readonly maxTime: Micros;
  private readonly narrator: Narrator;
  private readonly clock = new PlayClock(
    {
      now: () => this.sim.now,
      stopTime: () => this.stopTime,
      advance: (target, ms) => this.advanceWithinBudget(target, { ms, events: Infinity }),
      framed: (frame) => this.framed(frame),
    },
    (frame) => this.frames(frame),
  );
  /** Stores kept at this store's time, receiving its commands (side-by-side comparisons). */
  private readonly links: PlayerLink<PlayerStore> = new PlayerLink<PlayerStore>({
    player: this,
    sim: () => this.sim,
    cancelSeek: () => this.ahead.cancel(),
    advance: (target, budget) => this.advanceWithinBudget(target, budget) !== 'budget',
    forked: () => (this.horizon = this.sim.now),
    draw: () => this.drawFrame(),
    publish: (jumped) => this.publish(jumped),
  });
  private readonly ahead = new SeekAhead(
    (target, budget) => this.links.advance(target, budget),
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
    this.narrator = new Narrator(this.sim.traceEnd);
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
    return this.links.add(follower.links);
  }

  /** The store this one follows, if any. */
  private get leader(): PlayerStore | null {
    return this.links.leader;
  }

  play(): void {
    if (this.leader) return this.leader.play();
    this.cancelSeek();
    if (this.clock.playing) return;
    if (this.sim.now >= this.stopTime) return;
    this.clock.start();
    this.changed();
  }

  pause(): void {
    if (this.leader) return this.leader.pause();
    if (this.clock.stop()) this.changed();
  }

  toggle(): void {
    if (this.leader) return this.leader.toggle();
    if (this.clock.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    if (this.leader) return this.leader.setSpeed(speed);
    this.clock.setSpeed(speed);
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
    this.links.fork();
    this.sim.fork();
    this.horizon = this.sim.now;
    this.changed(true);
  }

  /** Issues a user command now. If now is in the past, the run forks here. */
  issue(command: CommandInput): void {
    if (this.leader) return this.leader.issue(command);
    this.cancelSeek();
    this.links.atLeaderTime((sim) => sim.issue(command));
    const forking = this.sim.now < this.horizon;
    this.sim.issue(command);
    if (forking) this.horizon = this.sim.now;
    this.changed();
  }

  destroy(): void {
    this.detach();
    this.sim.stop();
    this.subscribers.clear();
    this.frameListeners.clear();
  }

  /** A frame of play has run: draw it, and publish ten times a second or when it matters. */
  private framed({ wall, stoppedAt, noticed }: Frame): void {
    if (stoppedAt === this.maxTime)
      this.limit = `This run has reached its longest time, ${formatMinutes(this.maxTime)}.`;
    this.drawFrame();
    const playing = this.clock.playing;
    if (noticed || !playing || wall - this.lastPublish >= PUBLISH_INTERVAL_MS) {
      this.lastPublish = wall;
      this.publish();
    }
  }

  /** Where play and steps stop: the stop time or hold if any, never past the longest run. */
  private get stopTime(): Micros {
    return Math.min(this.stopAt ?? Infinity, this.holdAt ?? Infinity, this.maxTime);
  }

  /** The engine's share of a frame now, in ms: FRAME_BUDGET_MS, or less on a heavy page. */
  get engineBudgetMs(): number {
    return this.clock.engineBudgetMs;
  }

  /** Runs towards `target` within `budget` (advanceWithin.ts), keeping why it stopped. */
  private advanceWithinBudget(target: Micros, budget: SliceBudget): Advanced['result'] {
    const { result, why } = advanceWithin(this.sim, target, budget, this.wallClock);
    this.limit = why;
    return result;
  }

  /** Whether this run (or the run it follows) is playing now, before any publish. */
  get isPlaying(): boolean {
    return (this.leader ?? this).clock.playing;
  }

  /** Like onFrame, but for text readouts: see coarseFrame.ts. */
  onCoarseFrame(listener: FrameListener, intervalMs = PUBLISH_INTERVAL_MS): () => void {
    return onCoarseFrame(this, listener, intervalMs);
  }

  private drawFrame(): void {
    this.links.draw(this.ahead.progress !== null);
    for (const listener of this.frameListeners) listener(this.sim);
  }

  private changed(jumped = false): void {
    this.drawFrame();
    this.publish(jumped);
  }

  private publish(jumped = false): void {
    this.horizon = Math.max(this.horizon, this.sim.now);
    this.narrator.collect(this.sim.trace, this.sim.traceEnd, jumped);
    this.snapshot = this.makeSnapshot();
    for (const subscriber of this.subscribers) subscriber();
    this.links.publish(jumped);
  }

  private makeSnapshot(): PlayerSnapshot {
    // A follower shows its leader's transport.
    const lead = this.leader ?? this;
    return {
      now: this.sim.now,
      horizon: lead.horizon,
      playing: lead.clock.playing,
      speed: lead.clock.speed,
      nodes: this.sim.nodeViews(),
      network: this.sim.network,
      commands: this.sim.commands,
      inflight: this.sim.inflight(),
      processed: this.sim.processed,
      traceEnd: this.sim.traceEnd,
      narration: this.narrator.lines,
      slowdown: lead.clock.slowdown,
      seeking: lead.ahead.progress,
      limit: lead.limit,
    };
  }
}
