/**
 * Test support for `quorums`: parameters over the defaults, a run to a time, and a
 * line that names a run (seed, parameters, commands) so a failing property replays.
 */
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValue, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import type { Micros } from '@/sim/core/time';
import type { NodeInput } from '@/sim/core/node';
import { initialContext } from '../kvContext';
import type { KvContext } from '../kvTypes';
import { quorumKvParams } from '../params';
import { quorumKv } from '../scenario';

/** The defaults with some parameters replaced. Pure. */
export function kvParams(overrides: Readonly<Record<string, ParamValue>> = {}): ParamValues {
  return { ...defaultParams(quorumKvParams), ...overrides };
}

/** A run of quorums to `until`. */
export function simulateKv(
  params: ParamValues,
  seed: number,
  until: Micros,
  commands: readonly Command[] = [],
): Simulation {
  const simulation = new Simulation(quorumKv, params, seed, commands);
  simulation.seek(until);
  return simulation;
}

/** A node's state at boot, for handler tests. Pure. */
export function bootContext(id: string, params: ParamValues): KvContext {
  const input: NodeInput = { id, peers: [], params };
  return initialContext(input);
}

/** "seed 7, {…params}, commands […]": enough to replay a run. Pure. */
export function describeKvRun(
  seed: number,
  params: ParamValues,
  commands: readonly Command[] = [],
): string {
  return `seed ${seed}, params ${JSON.stringify(params)}, commands ${JSON.stringify(commands)}`;
}
