/**
 * Test support: the runs of content/failure-detection.mdx, with the props its widgets
 * are given (seed 1, the scenario's defaults, commands with times such as "3s"), and
 * readings of them in the form the lesson quotes.
 */
import { readCommands } from '@/sim/core/commandJson';
import { parseParams } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { parseDuration, type Micros } from '@/sim/core/time';
import type { TraceEntry } from '@/sim/core/trace';
import type { DetectorContext } from '../machine';
import { failureDetector } from '../scenario';

export interface LessonRun {
  readonly params?: Record<string, string>;
  readonly commands: readonly unknown[];
  readonly until: string;
  readonly pauseAt: string;
}

/** The lesson's widgets, in order. */
export const LESSON_RUNS = {
  crash: {
    commands: [{ at: '3s', type: 'crash', node: 'n3' }],
    until: '9s',
    pauseAt: '4.4s',
  },
  cut: {
    commands: [
      { at: '3s', type: 'partition', groups: [['n3']] },
      { at: '7s', type: 'heal' },
    ],
    until: '9s',
    pauseAt: '4.4s',
  },
  slow: {
    commands: [
      { at: '3s', type: 'slow', node: 'n2', factor: 20 },
      { at: '6s', type: 'slow', node: 'n2', factor: 1 },
    ],
    until: '9s',
    pauseAt: '6.4s',
  },
  dial: {
    params: { latency: 'pareto-mix', mean: '200ms' },
    commands: [{ at: '8s', type: 'crash', node: 'n3' }],
    until: '14s',
    pauseAt: '11.2s',
  },
} as const satisfies Record<string, LessonRun>;

/** A time as the lesson's props write it, in µs. */
export function time(text: string): Micros {
  return parseDuration(text)!;
}

/** The run of `run`, with extra parameters (a side's timeout), at `at`. */
export function lessonSim(run: LessonRun, at: Micros, extra: Record<string, string> = {}) {
  const params = parseParams(failureDetector.params, { ...run.params, ...extra });
  if (params.errors.length > 0) throw new Error(params.errors.join('; '));
  const read = readCommands(run.commands, {
    nodes: failureDetector.nodes(params.values),
    params: failureDetector.params,
  });
  if (!read.ok) throw new Error(read.errors.join('; '));
  const sim = new Simulation(failureDetector, params.values, 1, read.commands);
  sim.seek(at);
  return sim;
}

export type Note = Extract<TraceEntry, { type: 'note' }>;

/** The run's notes of one kind so far. */
export function notes(sim: Simulation, kind: 'suspect' | 'trust'): Note[] {
  return sim.trace
    .slice(0, sim.traceEnd)
    .filter((e): e is Note => e.type === 'note' && e.kind === kind);
}

/** Whom `node` suspects now. */
export function suspectedBy(sim: Simulation, node: string): readonly string[] {
  const context = sim.world.nodes.get(node)!.view.context as DetectorContext | undefined;
  return context?.suspected ?? [];
}

export { describeSeconds as seconds } from '@/sim/core/time';
