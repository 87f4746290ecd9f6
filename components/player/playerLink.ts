/**
 * The link between players shown side by side (a CP and an AP register, one service with
 * and without a change): followers show the leader's instant and receive its commands,
 * and their transport defers to the leader. Each player owns one PlayerLink, given a
 * port into that player; links reach each other's players only through their ports.
 */
import type { Micros, Simulation } from '@/sim/core';
import type { SliceBudget } from './seekAhead';

/** What a link needs of its player. `P` is the player, handed to whoever it follows. */
export interface LinkPort<P> {
  readonly player: P;
  sim(): Simulation;
  /** Stops a seek of the player's own, going on in slices. */
  cancelSeek(): void;
  /** Runs towards `target` within `budget`; true once it need not go on. */
  advance(target: Micros, budget: SliceBudget): boolean;
  /** The run's future was forgotten at now (a fork). */
  forked(): void;
  /** Draws the player's per-frame listeners. */
  draw(): void;
  /** Publishes a new snapshot; `jumped` when time moved other than by playing. */
  publish(jumped: boolean): void;
}

export class PlayerLink<P> {
  private leading: PlayerLink<P> | null = null;
  private readonly followers = new Set<PlayerLink<P>>();

  constructor(private readonly port: LinkPort<P>) {}

  /** The player this one follows, or null. */
  get leader(): P | null {
    return this.leading?.port.player ?? null;
  }

  /**
   * Makes `follower` mirror this link's player: it shows the same instant and receives
   * the same commands. Returns a function that unlinks.
   */
  add(follower: PlayerLink<P>): () => void {
    this.followers.add(follower);
    follower.leading = this;
    follower.port.cancelSeek();
    follower.port.sim().seek(this.port.sim().now);
    follower.port.draw();
    follower.port.publish(true);
    return () => {
      this.followers.delete(follower);
      follower.leading = null;
    };
  }

  /** Before the leader forks at its now: each follower forks at the same instant. */
  fork(): void {
    const now = this.port.sim().now;
    for (const { port } of this.followers) {
      port.sim().seek(now);
      port.sim().fork();
      port.forked();
    }
  }

  /** Runs `act` on each follower's run, first brought to the leader's instant. */
  atLeaderTime(act: (sim: Simulation) => void): void {
    const now = this.port.sim().now;
    for (const { port } of this.followers) {
      port.sim().seek(now);
      act(port.sim());
    }
  }

  /** A seek's slice: the leader's run, then each follower to its time, sharing the budget. */
  advance(target: Micros, { ms, events }: SliceBudget): boolean {
    const share = { ms: ms / (1 + this.followers.size), events };
    let done = this.port.advance(target, share);
    const now = this.port.sim().now;
    for (const { port } of this.followers) if (!port.advance(now, share)) done = false;
    return done;
  }

  /**
   * Draws each follower at the leader's instant. During a seek in slices (`seeking`),
   * followers catch up in their own share of each slice instead.
   */
  draw(seeking: boolean): void {
    const now = this.port.sim().now;
    for (const { port } of this.followers) {
      if (!seeking && port.sim().now !== now) port.sim().seek(now);
      port.draw();
    }
  }

  publish(jumped: boolean): void {
    for (const { port } of this.followers) port.publish(jumped);
  }
}
