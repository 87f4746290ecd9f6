/**
 * Test support: run `cap` with some parameters and commands, and read back what
 * the clients and nodes saw.
 */
import { traceOperations, type TracedOperation } from '@/sim/checkers/history';
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValue, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_S, type Micros } from '@/sim/core/time';
import type { RegisterContext } from '../registerTypes';
import { capRegister } from '../scenario';

export const S = US_PER_S;

/** A run of `cap` to `until`, over the default parameters. */
export function runCap(
  params: Readonly<Record<string, ParamValue>>,
  commands: readonly Command[],
  until: Micros,
  seed: number,
): Simulation {
  const values = { ...defaultParams(capRegister.params), ...params } as ParamValues;
  const sim = new Simulation(capRegister, values, seed, commands);
  sim.seek(until);
  return sim;
}

/** A client request command. */
export function request(
  at: Micros,
  node: string,
  op: { f: 'read'; key: string } | { f: 'write'; key: string; value: number },
): Command {
  return { at, type: 'request', node, op, timeout: S };
}

/** The client operations so far. */
export function operations(sim: Simulation): TracedOperation[] {
  return traceOperations(sim.trace, sim.traceEnd);
}

/** A live node's context. */
export function contextOf(sim: Simulation, node: string): RegisterContext {
  return sim.world.nodes.get(node)!.view.context as RegisterContext;
}

/** A live node's committed log, as "x=3" strings (no-ops left out). */
export function committedWrites(sim: Simulation, node: string): string[] {
  const cp = contextOf(sim, node).cp;
  return cp.log
    .slice(0, cp.commitIndex)
    .flatMap((entry) => (entry.key === null ? [] : [`${entry.key}=${entry.value}`]));
}
