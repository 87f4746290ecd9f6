/**
 * Challenges: goals a learner reaches in a sandbox, decided by the simulation. A
 * challenge's checker reads the run's trace as it grows (entries in order, each once) and
 * says when the goal has been reached; the trace is the only witness, so the same seed,
 * parameters and command log always give the same verdict, at the same entry.
 *
 * A checker is a fold over the trace: `take` sees one entry at a time and `solved` is
 * read afterwards. `readChallenge` drives it over a trace that may be cut and grown again
 * (a seek back, a new command): a cut trace is read again from its start.
 */
import type { Command } from '@/sim/core/commands';
import type { ParamValue, ParamValues } from '@/sim/core/params';
import type { Micros } from '@/sim/core/time';
import type { TraceEntry, TraceReader, TraceType } from '@/sim/core/trace';

/** A run that reaches the goal: what the teacher's page shows and the tests replay. */
export interface ChallengeSolution {
  readonly seed: number;
  /** Parameters that differ from the scenario's defaults. */
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly commands: readonly Command[];
  /** How far to run it: the goal is reached by then. */
  readonly until: Micros;
  /** What the solution does, in a sentence for a teacher. */
  readonly explain: string;
}

export interface ChallengeChecker {
  /** Trace entry types the checker reads; others are skipped without being built. */
  readonly reads: readonly TraceType[];
  take(entry: TraceEntry): void;
  readonly solved: boolean;
}

export interface Challenge {
  /** Unique across every scenario, and stable: it is kept in links and progress. */
  readonly id: string;
  /** The scenario whose sandbox it is played in. */
  readonly scenario: string;
  /** The lesson it closes. */
  readonly lesson: string;
  /** A short name, such as "A false alarm". */
  readonly title: string;
  /** What to make happen, in one or two sentences. */
  readonly goal: string;
  /** A nudge for someone stuck, without the answer. */
  readonly hint: string;
  readonly solution: ChallengeSolution;
  /** A fresh checker for a run that starts with these parameters. */
  checker(params: ParamValues): ChallengeChecker;
}

/** A checker from its parts: the entry types it reads, what it does with one, and its verdict. */
export function makeChecker(
  reads: readonly TraceType[],
  take: (entry: TraceEntry) => void,
  solved: () => boolean,
): ChallengeChecker {
  return {
    reads,
    take,
    get solved() {
      return solved();
    },
  };
}

/**
 * The parameters in force as the trace is read: the starting ones, updated by each
 * `param` entry. A checker that cares about live parameters feeds it every entry.
 */
export class LiveParams {
  private readonly values: Record<string, ParamValue>;
  constructor(start: ParamValues) {
    this.values = { ...start };
  }
  take(entry: TraceEntry): void {
    if (entry.type === 'param') this.values[entry.name] = entry.value;
  }
  get(name: string): ParamValue | undefined {
    return this.values[name];
  }
}

/**
 * Reads a trace into a challenge's checker incrementally. `read` takes entries up to
 * `end`; if the trace was cut since (its `epoch` changed, or it is shorter than what was
 * read), the checker starts over. `solvedAt` is the index of the entry that solved it.
 */
export class ChallengeReader {
  private checker: ChallengeChecker;
  private index = 0;
  private epoch = -1;
  private wanted: ReadonlySet<TraceType>;
  solvedAt: number | null = null;

  constructor(
    readonly challenge: Challenge,
    private readonly params: ParamValues,
  ) {
    this.checker = challenge.checker(params);
    this.wanted = new Set(this.checker.reads);
  }

  /**
   * Reads entries up to `end`, or `budget` of them at most (a caller that must stay
   * responsive reads a long trace in slices). Returns whether the goal has been reached.
   */
  read(
    trace: TraceReader & { readonly epoch?: number },
    end = trace.length,
    budget = Infinity,
  ): boolean {
    const epoch = trace.epoch ?? 0;
    if (epoch !== this.epoch || end < this.index) this.restart(epoch);
    const stop = Math.min(end, this.index + budget);
    const typed = trace.typeAt?.bind(trace);
    for (; this.index < stop && this.solvedAt === null; this.index++) {
      if (typed && !this.wanted.has(typed(this.index))) continue;
      const entry = trace.at(this.index)!;
      if (!this.wanted.has(entry.type)) continue;
      this.checker.take(entry);
      if (this.checker.solved) this.solvedAt = this.index;
    }
    if (this.solvedAt !== null) this.index = Math.max(this.index, end);
    return this.solvedAt !== null;
  }

  /** Whether every entry before `end` has been read (or the goal reached). */
  caughtUp(end: number): boolean {
    return this.solvedAt !== null || this.index >= end;
  }

  private restart(epoch: number): void {
    this.checker = this.challenge.checker(this.params);
    this.index = 0;
    this.epoch = epoch;
    this.solvedAt = null;
  }
}

/** Whether `trace[0, end)` of a run with these starting parameters reaches the goal. Pure. */
export function isSolved(
  challenge: Challenge,
  params: ParamValues,
  trace: TraceReader,
  end = trace.length,
): boolean {
  return new ChallengeReader(challenge, params).read(trace, end);
}
