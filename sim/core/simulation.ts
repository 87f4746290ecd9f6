/**
 * A Simulation is one run: a scenario, parameters, a seed and a command log, plus the
 * machinery for time travel. It keeps checkpoints as it goes; `seek` restores the nearest
 * one at or before the target and replays from there, so going back and then forward
 * ends in exactly the state of a straight run.
 *
 * The trace is shared across seeks: after a seek back, entries past the World's cursor
 * are the known future, and replay only moves the cursor over them. Adding a command in
 * the past forks the run: the log and the trace after that instant are discarded.
 */
import { saveCheckpoint, restoreCheckpoint, type Checkpoint } from './checkpoint';
import { sortCommands, type Command } from './commands';
import type { NodeId } from './ids';
import type { InFlight } from './inflight';
import type { NetworkState } from './network';
import type { ParamValues } from './params';
import type { NodeView, Scenario } from './scenario';
import { timerKey } from './nodeHost';
import { bootWorld, nextEventTime, runWorldUntil, stepWorld } from './step';
import type { Micros } from './time';
import { Trace } from './traceStore';
import type { World } from './world';

/** A command as a user issues it: it applies "now". */
export type CommandInput = Command extends infer C
  ? C extends Command
    ? Omit<C, 'at'>
    : never
  : never;

/**
 * When to keep checkpoints: every `spacing` events, and past `max` of them, or past about
 * `bytes` held in them all, every other one is dropped and the spacing doubles. Memory
 * is then bounded, and a seek replays at most one spacing of events.
 *
 * A checkpoint holds copies of the scheduler's queue, the nodes' timer tables and the
 * in-flight table, and pins the entries they point at: about 64 B per queued event, timer
 * and message on the wire (`checkpointBytes`). That grows with the square of the node
 * count (every node times every peer's suspicion timer), so the byte bound, not the
 * count, is what holds at scale.
 */
export interface CheckpointPolicy {
  readonly spacing: number;
  readonly max: number;
  readonly bytes: number;
}

/**
 * A spacing of 4,096 events keeps a seek or a step back's replay well under the 200 ms
 * seek budget; 128 checkpoints reach 524k events before the first thinning, and a
 * 1M-event run replays at most 8,192. The 48 MB bound is never reached at 5 nodes; at
 * 100 nodes it keeps fewer checkpoints, at the price of longer replays there. The figures
 * behind these choices are in bench/README.md, "Measurements behind the code".
 */
export const DEFAULT_CHECKPOINTS: CheckpointPolicy = {
  spacing: 4096,
  max: 128,
  bytes: 48 * 2 ** 20,
};

export class Simulation {
  readonly trace = new Trace();
  world: World;
  private log: Command[];
  private checkpoints: Checkpoint[] = [];
  private spacing: number;

  constructor(
    readonly scenario: Scenario,
    readonly params: ParamValues,
    readonly seed: number,
    commands: readonly Command[] = [],
    private readonly policy: CheckpointPolicy = DEFAULT_CHECKPOINTS,
  ) {
    this.spacing = policy.spacing;
    this.log = sortCommands(commands);
    this.world = bootWorld(scenario, params, seed, this.trace);
    this.checkpoints.push(saveCheckpoint(this.world));
  }

  /** The checkpoints kept: how many, roughly how many bytes, and their spacing in events. */
  get checkpointFootprint(): { count: number; bytes: number; spacing: number } {
    const bytes = this.checkpoints.reduce((sum, c) => sum + c.bytes, 0);
    return { count: this.checkpoints.length, bytes, spacing: this.spacing };
  }

  get now(): Micros {
    return this.world.now;
  }

  get commands(): readonly Command[] {
    return this.log;
  }

  /** Entries up to the current instant; the trace may hold more (the known future). */
  get traceEnd(): number {
    return this.world.traceLength;
  }

  /** The parameters in force now: `params` as changed by commands so far. */
  get paramsNow(): ParamValues {
    return this.world.params;
  }

  /** The nodes' ids, in order. */
  get nodeIds(): readonly NodeId[] {
    return this.world.nodeIds;
  }

  /** What each node shows now, in node order. */
  nodeViews(): NodeView[] {
    return [...this.world.nodes.values()].map((slot) => slot.view);
  }

  /** The network now: links, partitions and their settings. */
  get network(): NetworkState {
    return this.world.network;
  }

  /** Events processed so far. */
  get processed(): number {
    return this.world.processed;
  }

  /** The messages on the wire now, in sending order. */
  inflight(): InFlight[] {
    return [...this.world.inflight.values()];
  }

  /** Visits the messages on the wire now, in sending order, without copying them. */
  forEachInFlight(visit: (message: InFlight) => void): void {
    this.world.inflight.forEach(visit);
  }

  /**
   * When `node`'s live timer `name` (with `key`) fires, or undefined if none is set (never
   * set, fired, cancelled, or the node is down). Views draw draining timers from it.
   */
  timerDue(node: NodeId, name: string, key?: string): Micros | undefined {
    return this.world.nodes.get(node)?.timers.get(timerKey(name, key))?.time;
  }

  /** Stops the nodes' state machines, for a run that is being thrown away. */
  stop(): void {
    for (const slot of this.world.nodes.values()) slot.actor?.stop();
  }

  /** The time of the next event, or null if the run has gone quiet. */
  nextEventTime(): Micros | null {
    return nextEventTime(this.world, this.log);
  }

  /** Moves to time `t`, forwards or backwards. */
  seek(t: Micros): void {
    const target = Math.max(0, Math.round(t));
    if (target < this.world.now) this.restore((c) => c.now <= target);
    else this.skipAhead(target);
    runWorldUntil(this.world, this.log, target, this.afterStep);
  }

  /**
   * Moves forwards towards `t` but processes at most `maxEvents` events. Returns true when
   * it reached `t` (as `seek(t)` would); otherwise the clock stays at the last event
   * processed, and a later call carries on from there.
   */
  advance(t: Micros, maxEvents: number): boolean {
    const target = Math.max(0, Math.round(t));
    if (target < this.world.now) {
      this.seek(target);
      return true;
    }
    this.skipAhead(target);
    for (let stepped = 0; ; stepped++) {
      const next = this.nextEventTime();
      if (next === null || next > target) break;
      if (stepped === maxEvents) return false;
      this.stepForward();
    }
    this.world.now = Math.max(this.world.now, target);
    return true;
  }

  /** Processes exactly the next event; returns false if there is none. */
  stepForward(): boolean {
    const stepped = stepWorld(this.world, this.log);
    if (stepped) this.afterStep(this.world);
    return stepped;
  }

  /** Undoes the last event: the state after one event fewer, at that event's time. */
  stepBack(): boolean {
    const target = this.world.processed - 1;
    if (target < 0) return false;
    this.restore((c) => c.processed <= target);
    while (this.world.processed < target) this.stepForward();
    return true;
  }

  /** Drops every command after now and the traced future: the run continues from here. */
  fork(): void {
    const now = this.world.now;
    this.log = this.log.filter((command) => command.at <= now);
    this.trace.truncate(this.world.traceLength);
    this.checkpoints = this.checkpoints.filter((c) => c.processed <= this.world.processed);
  }

  /** Issues a command now (1 µs after the current instant, after every event already shown). */
  issue(input: CommandInput): Command {
    this.fork();
    const command = { ...input, at: this.world.now + 1 } as Command;
    this.log.push(command);
    this.seek(command.at);
    return command;
  }

  /**
   * Going forward through a stretch already run (after a seek back), jumps to the last
   * checkpoint before the target instead of replaying everything in between.
   */
  private skipAhead(target: Micros): void {
    let best: Checkpoint | null = null;
    for (const checkpoint of this.checkpoints) {
      if (checkpoint.now <= target && checkpoint.processed > this.world.processed)
        best = checkpoint;
    }
    if (best) this.world = restoreCheckpoint(this.world, best, this.trace);
  }

  private restore(fits: (checkpoint: Checkpoint) => boolean): void {
    let best = this.checkpoints[0]!;
    for (const checkpoint of this.checkpoints) if (fits(checkpoint)) best = checkpoint;
    this.world = restoreCheckpoint(this.world, best, this.trace);
  }

  private afterStep = (world: World): void => {
    if (world.processed % this.spacing !== 0) return;
    const last = this.checkpoints[this.checkpoints.length - 1]!;
    if (world.processed <= last.processed) return;
    this.checkpoints.push(saveCheckpoint(world));
    const over = () =>
      this.checkpoints.length > this.policy.max ||
      this.checkpointFootprint.bytes > this.policy.bytes;
    while (this.checkpoints.length > 2 && over()) {
      this.spacing *= 2;
      this.checkpoints = this.checkpoints.filter((c) => c.processed % this.spacing === 0);
    }
  };
}
