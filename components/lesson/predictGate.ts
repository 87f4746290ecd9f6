/**
 * The gate between a prediction and its explanation, without React: a learner chooses,
 * locks the choice, runs the widget, and only when the run reaches the deciding moment
 * (`pauseAt`) is the prediction decided and the explanation opened.
 *
 *   choosing ──lock──▶ running ──run reaches pauseAt──▶ decided
 *       ▲                 │                                 │
 *       └────────────── retry ◀─────────────────────────────┘
 *
 * While choosing, each run it gates holds at 0 (Play does nothing: the run is the answer).
 * While running, it holds at `pauseAt`, so play stops exactly there in virtual time; a
 * step or a seek that lands on or past it counts too. Once decided, the hold is lifted
 * and the run may play on to its own end (`until`). A prompt with no run is decided as
 * soon as it is locked, as a prompt always was.
 */
import type { Micros } from '@/sim/core';

export type Phase = 'choosing' | 'running' | 'decided';

/** What the gate needs of a run; a PlayerStore is one. */
export interface GatedRun {
  /** Play and steps stop here as well as at the run's end; null: no hold. */
  holdAt: Micros | null;
  /** The run's own end (a lesson's `until`), or null. */
  readonly stopAt: Micros | null;
  readonly sim: { readonly now: Micros };
  onFrame(listener: (sim: { readonly now: Micros }) => void): () => void;
  reset(): void;
}

export interface GateState {
  readonly phase: Phase;
  readonly selected: number | null;
  /** Virtual time at which the deciding moment was reached, once decided by a run. */
  readonly reachedAt: Micros | null;
  /** How many runs (and one-shot widgets) the gate holds; 0 for a prompt with no widget. */
  readonly runs: number;
}

const START: GateState = { phase: 'choosing', selected: null, reachedAt: null, runs: 0 };

export class PredictGate {
  private state: GateState = START;
  private readonly runs = new Map<GatedRun, () => void>();
  /** Widgets with no timeline (a one-shot experiment) that decide when they are run. */
  private readonly triggers = new Set<object>();
  private readonly listeners = new Set<() => void>();

  /** `pauseAt`: the deciding moment; null means each run's own end. */
  constructor(readonly pauseAt: Micros | null) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): GateState => this.state;

  /** The moment that decides the question for `run`: `pauseAt`, else the run's end. */
  decidingMoment(run: GatedRun): Micros | null {
    return this.pauseAt ?? run.stopAt;
  }

  select(choice: number): void {
    if (this.state.phase !== 'choosing') return;
    this.set({ selected: choice });
  }

  /** Locks the choice; false if there is none or it is locked already. */
  lock(): boolean {
    if (this.state.phase !== 'choosing' || this.state.selected === null) return false;
    if (this.runs.size + this.triggers.size === 0) this.set({ phase: 'decided' });
    else {
      this.set({ phase: 'running' });
      for (const run of this.runs.keys()) this.hold(run);
      // A run already at or past its moment (a seek before locking) decides at once.
      for (const run of this.runs.keys()) this.check(run);
    }
    return true;
  }

  /** Back to choosing: the choice is cleared and every run goes back to its start. */
  retry(): void {
    this.set({ phase: 'choosing', selected: null, reachedAt: null });
    for (const run of this.runs.keys()) {
      this.hold(run);
      run.reset();
    }
  }

  /** Gates `run` until the returned function is called. */
  attach(run: GatedRun): () => void {
    if (this.runs.has(run)) return () => {};
    this.hold(run);
    const stop = run.onFrame(() => this.check(run));
    this.runs.set(run, stop);
    this.set({ runs: this.runs.size + this.triggers.size });
    return () => {
      this.runs.get(run)?.();
      this.runs.delete(run);
      run.holdAt = null;
      this.set({ runs: this.runs.size + this.triggers.size });
    };
  }

  /**
   * Gates a widget with no timeline, such as a button that runs an experiment at once:
   * it is held while choosing (see `getState().phase`) and decides when it calls `reached`.
   */
  attachTrigger(): { reached: () => void; detach: () => void } {
    const trigger = {};
    this.triggers.add(trigger);
    this.set({ runs: this.runs.size + this.triggers.size });
    return {
      reached: () => {
        if (this.state.phase === 'running') this.set({ phase: 'decided' });
      },
      detach: () => {
        this.triggers.delete(trigger);
        this.set({ runs: this.runs.size + this.triggers.size });
      },
    };
  }

  private hold(run: GatedRun): void {
    const phase = this.state.phase;
    run.holdAt = phase === 'choosing' ? 0 : phase === 'running' ? this.decidingMoment(run) : null;
  }

  /** Called on every frame of `run`: has it reached the deciding moment? */
  private check(run: GatedRun): void {
    if (this.state.phase !== 'running') return;
    const moment = this.decidingMoment(run);
    if (moment === null || run.sim.now < moment) return;
    this.set({ phase: 'decided', reachedAt: run.sim.now });
    for (const other of this.runs.keys()) other.holdAt = null;
  }

  private set(change: Partial<GateState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
