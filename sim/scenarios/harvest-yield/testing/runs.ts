/**
 * Headless runs of `harvest-yield` for tests and the lesson's figures: parameters over
 * the defaults, a command log, a run to a time, and the settled queries read off the
 * trace.
 */
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValue } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_S, type Micros } from '@/sim/core/time';
import { QueryLog, type Reading } from '../meters';
import { harvestYield } from '../scenario';

export interface HarvestRun {
  readonly simulation: Simulation;
  readonly log: QueryLog;
  /** The reading for queries settled in (from, to], in seconds of virtual time. */
  between(fromS: number, toS: number): Reading;
}

/** Runs the scenario to `untilS` seconds. */
export function runHarvest(
  params: Readonly<Record<string, ParamValue>>,
  options: { seed?: number; commands?: readonly Command[]; untilS: number },
): HarvestRun {
  const values = { ...defaultParams(harvestYield.params), ...params };
  const simulation = new Simulation(harvestYield, values, options.seed ?? 1, options.commands);
  simulation.seek(options.untilS * US_PER_S);
  const log = new QueryLog();
  log.read(simulation.trace, simulation.traceEnd);
  return {
    simulation,
    log,
    between: (fromS, toS) => log.reading(fromS * US_PER_S, toS * US_PER_S, toS - fromS),
  };
}

/** A crash of `node` at `atS` seconds. Pure. */
export function crashAt(node: string, atS: number): Command {
  return { at: Math.round(atS * US_PER_S) as Micros, type: 'crash', node };
}
