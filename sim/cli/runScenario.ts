/**
 * One headless run and the facts the CLI reports about it. This is the part scripts and
 * tests depend on, so it is pure and its output is deterministic: the same request gives
 * a byte-identical summary, in Node and anywhere else the engine runs.
 */
import { commandsToJson } from '@/sim/core/commandJson';
import type { Command } from '@/sim/core/commands';
import { formatParam, type ParamValue, type ParamValues } from '@/sim/core/params';
import type { Scenario } from '@/sim/core/scenario';
import { Simulation } from '@/sim/core/simulation';
import { formatDuration, type Micros } from '@/sim/core/time';
import { traceFull, traceFullMessage } from '@/sim/core/limits';
import { countTrace, hashTrace, type TraceEntry } from '@/sim/core/trace';

export interface RunRequest {
  readonly scenario: Scenario;
  readonly params: ParamValues;
  readonly seed: number;
  readonly commands: readonly Command[];
  readonly untilUs: Micros;
  /** Times since commit, in ms, for a scenario's metrics binned by time (the CLI's --t). */
  readonly tMs?: readonly number[];
  /** Called every PROGRESS_EVENTS events with the virtual time reached, for long runs. */
  readonly onProgress?: (now: Micros, events: number) => void;
  /** The memory bound, in trace entries; TRACE_ENTRIES_MAX unless a test lowers it. */
  readonly traceEntriesMax?: number;
  /** Events between progress calls; PROGRESS_EVENTS unless a test lowers it. */
  readonly progressEvents?: number;
}

/** Events between two progress calls: about a second of work at 100 nodes. */
export const PROGRESS_EVENTS = 100_000;
/** Events between two looks at the memory bound. */
const CHECK_EVENTS = 4096;

/**
 * What `run --json` prints. The key order here is the key order of the output, and it
 * is part of the CLI contract: add keys at the end, never reorder.
 */
export interface RunSummary {
  readonly scenario: string;
  readonly seed: number;
  /** Every parameter in schema order; durations as text such as "500ms". */
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly until: string;
  readonly untilUs: Micros;
  /** The World's clock when the run stopped. */
  readonly end: string;
  readonly endUs: Micros;
  /** Events processed, commands included. */
  readonly events: number;
  /** Trace entries by type, types in alphabetical order. */
  readonly counts: Readonly<Record<string, number>>;
  readonly traceEntries: number;
  readonly traceHash: string;
  /** The command log in the same JSON shape `--commands` reads. */
  readonly commands: readonly Record<string, unknown>[];
  /** Every node's id, as a commands file names them. */
  readonly nodes: readonly string[];
  /** Figures the scenario reports about the whole run, when it has any. */
  readonly metrics?: Readonly<Record<string, unknown>>;
}

export interface RunResult {
  readonly summary: RunSummary;
  /** The trace up to the end of the run, built when read (it is large). */
  readonly trace: readonly TraceEntry[];
  /** Why the run stopped before `untilUs` (its memory bound), or null. */
  readonly stopped: string | null;
}

/** Runs a scenario from time zero to `untilUs` and summarises it. Pure. */
export function runScenario(request: RunRequest): RunResult {
  const { scenario, params, seed, commands, untilUs } = request;
  const simulation = new Simulation(scenario, params, seed, commands);
  let stopped: string | null = null;
  const every = request.progressEvents ?? PROGRESS_EVENTS;
  let nextProgress = every;
  // Small steps, so the memory bound is checked often; progress only now and then.
  while (!simulation.advance(untilUs, Math.min(every, CHECK_EVENTS))) {
    if (traceFull(simulation.trace.length, request.traceEntriesMax)) {
      stopped = traceFullMessage(simulation.now, request.traceEntriesMax);
      break;
    }
    if (simulation.world.processed >= nextProgress) {
      nextProgress += every;
      request.onProgress?.(simulation.now, simulation.world.processed);
    }
  }
  const trace = simulation.trace;
  const end = simulation.traceEnd;
  const summary: RunSummary = {
    scenario: scenario.id,
    seed,
    params: formatParams(scenario, params),
    until: formatDuration(untilUs),
    untilUs,
    end: formatDuration(simulation.now),
    endUs: simulation.now,
    events: simulation.world.processed,
    counts: sortKeys(countTrace(trace, end)),
    traceEntries: end,
    traceHash: hashTrace(trace, end),
    commands: commandsToJson(simulation.commands, scenario.params),
    nodes: scenario.nodes(params),
    ...(scenario.metrics
      ? {
          metrics: scenario.metrics(trace, params, simulation.now, {
            ...(request.tMs === undefined ? {} : { tMs: request.tMs }),
          }),
        }
      : {}),
  };
  return {
    summary,
    get trace() {
      return trace.slice(0, end);
    },
    stopped,
  };
}

/**
 * Parameter values for people and scripts: durations as text, numbers as numbers, in
 * schema order (not the order the flags came in, so the output does not depend on it).
 */
function formatParams(
  scenario: Scenario,
  params: ParamValues,
): Readonly<Record<string, ParamValue>> {
  return Object.fromEntries(
    Object.entries(scenario.params).map(([name, def]) => {
      const value = params[name] ?? def.default;
      return [name, def.kind === 'duration' ? formatParam(def, value) : value];
    }),
  );
}

function sortKeys(record: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
