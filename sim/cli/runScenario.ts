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
import { countTrace, hashTrace, type TraceEntry } from '@/sim/core/trace';

export interface RunRequest {
  readonly scenario: Scenario;
  readonly params: ParamValues;
  readonly seed: number;
  readonly commands: readonly Command[];
  readonly untilUs: Micros;
  /** Times since commit, in ms, for the scenario's time-binned metrics. */
  readonly tMs?: readonly number[];
}

/** The times `metrics` are binned at when none are asked for. */
export const DEFAULT_T_MS: readonly number[] = [0, 1, 10, 100];

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
  /** The node ids, in order. */
  readonly nodes: readonly string[];
  /** What the scenario measures on the run, for scenarios that measure something. */
  readonly metrics?: Readonly<Record<string, unknown>>;
}

export interface RunResult {
  readonly summary: RunSummary;
  /** The trace up to the end of the run. */
  readonly trace: readonly TraceEntry[];
}

/** Runs a scenario from time zero to `untilUs` and summarises it. Pure. */
export function runScenario(request: RunRequest): RunResult {
  const { scenario, params, seed, commands, untilUs } = request;
  const simulation = new Simulation(scenario, params, seed, commands);
  simulation.seek(untilUs);
  const trace = simulation.trace.slice(0, simulation.traceEnd);
  const summary: RunSummary = {
    scenario: scenario.id,
    seed,
    params: formatParams(scenario, params),
    until: formatDuration(untilUs),
    untilUs,
    end: formatDuration(simulation.now),
    endUs: simulation.now,
    events: simulation.world.processed,
    counts: sortKeys(countTrace(trace)),
    traceEntries: trace.length,
    traceHash: hashTrace(trace),
    commands: commandsToJson(simulation.commands, scenario.params),
    nodes: scenario.nodes(params),
    ...(scenario.metrics
      ? { metrics: scenario.metrics(trace, { tMs: request.tMs ?? DEFAULT_T_MS }) }
      : {}),
  };
  return { summary, trace };
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
