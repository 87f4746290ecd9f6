/**
 * Test support: runs a candidate solution of a challenge on the engine and says whether
 * the simulation counts it as solved.
 */
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValue, type ParamValues } from '@/sim/core/params';
import type { Scenario } from '@/sim/core/scenario';
import { Simulation } from '@/sim/core/simulation';
import type { Micros } from '@/sim/core/time';
import { ChallengeReader, type Challenge } from './challenge';

export interface Attempt {
  readonly seed: number;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly commands: readonly Command[];
  readonly until: Micros;
}

/** Runs the attempt to its end. */
export function replay(scenario: Scenario, run: Attempt): Simulation {
  const params: ParamValues = { ...defaultParams(scenario.params), ...run.params };
  const sim = new Simulation(scenario, params, run.seed, run.commands);
  sim.seek(run.until);
  return sim;
}

/** Runs the attempt and reads its whole trace; returns the solving entry's index, or null. */
export function attempt(scenario: Scenario, challenge: Challenge, run: Attempt): number | null {
  const sim = replay(scenario, run);
  const reader = new ChallengeReader(challenge, sim.params);
  reader.read(sim.trace, sim.traceEnd);
  return reader.solvedAt;
}
