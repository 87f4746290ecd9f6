/**
 * Test support for the `cap` properties: random runs with partitions, heals,
 * crashes and restarts, in the style of Jepsen's nemesis and TigerBeetle's VOPR. A run
 * is a seed, a cluster size, a mode and a command log; a failing property prints all
 * four (`describeRun`), and `new Simulation(capRegister, paramsOf(run), run.seed,
 * run.commands)` replays it exactly.
 */
import fc from 'fast-check';
import type { Command } from '@/sim/core/commands';
import { nodeIds, type NodeId } from '@/sim/core/ids';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { SEED_MAX } from '@/sim/core/rng';
import { Simulation } from '@/sim/core/simulation';
import type { Micros } from '@/sim/core/time';
import type { Mode } from '../registerTypes';
import { capRegister } from '../scenario';

export interface FaultRun {
  readonly seed: number;
  readonly nodes: number;
  readonly mode: Mode;
  readonly commands: readonly Command[];
}

/** One fault at a random time in [0, horizon]: split, heal, crash or restart. */
function faultArbitrary(nodes: readonly NodeId[], horizon: Micros): fc.Arbitrary<Command> {
  const at = fc.integer({ min: 0, max: horizon });
  const node = fc.constantFrom(...nodes);
  const groups = fc
    .array(fc.integer({ min: 0, max: 2 }), { minLength: nodes.length, maxLength: nodes.length })
    .map((groupOf) =>
      [0, 1, 2]
        .map((g) => nodes.filter((_, i) => groupOf[i] === g))
        .filter((group) => group.length > 0),
    );
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ at, type: fc.constant('partition' as const), groups }) },
    { weight: 2, arbitrary: fc.record({ at, type: fc.constant('heal' as const) }) },
    { weight: 2, arbitrary: fc.record({ at, type: fc.constant('crash' as const), node }) },
    { weight: 2, arbitrary: fc.record({ at, type: fc.constant('restart' as const), node }) },
  );
}

/** Runs of the given modes and sizes with up to `faultsMax` faults before `horizon`. */
export function faultRunArbitrary(options: {
  readonly modes: readonly Mode[];
  readonly sizes: readonly number[];
  readonly horizon: Micros;
  readonly faultsMax: number;
}): fc.Arbitrary<FaultRun> {
  return fc
    .record({
      seed: fc.integer({ min: 0, max: SEED_MAX }),
      nodes: fc.constantFrom(...options.sizes),
      mode: fc.constantFrom(...options.modes),
    })
    .chain(({ seed, nodes, mode }) =>
      fc
        .array(faultArbitrary(nodeIds(nodes), options.horizon), { maxLength: options.faultsMax })
        .map((commands): FaultRun => ({ seed, nodes, mode, commands })),
    );
}

/** The run's parameters: defaults, with its size and mode, and a busier workload. */
export function paramsOf(run: FaultRun): ParamValues {
  return { ...defaultParams(capRegister.params), nodes: run.nodes, mode: run.mode, rate: 6 };
}

/** Runs `run` (plus `extra` commands) to `until`. */
export function simulate(run: FaultRun, until: Micros, extra: readonly Command[] = []): Simulation {
  const sim = new Simulation(capRegister, paramsOf(run), run.seed, [...run.commands, ...extra]);
  sim.seek(until);
  return sim;
}

/** Everything needed to replay a failing run, as one line. */
export function describeRun(run: FaultRun, extra: readonly Command[] = []): string {
  return `seed ${run.seed}, ${run.nodes} nodes, mode ${run.mode}, commands ${JSON.stringify([...run.commands, ...extra])}`;
}
