/**
 * Properties over random runs: random seeds, cluster sizes (3–9 nodes) and command logs
 * (partitions, blocks, heals, crashes, restarts, slowdowns and live parameter changes at
 * random times within 0–20 s).
 *
 * (a) The same inputs give the same trace, byte for byte, in two fresh Simulations.
 * (b) Any path of seeks back and forth (with some single steps) ends in the same World
 *     as a straight run to the same instant.
 * (c) Issuing commands along such a path (forking wherever it happens to be) ends in the
 *     same World as a straight run of the log the Simulation ends up with.
 *
 * fast-check's own seed is fixed so CI is repeatable; on failure it prints that seed and
 * the shrunk counterexample, which includes the run's seed and log. Replay with
 * FC_SEED=<seed>; search longer with FC_RUNS=<count>. Run counts are modest to keep the unit suite fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import type { Command } from './commands';
import { nodeIds, type NodeId } from './ids';
import { LATENCY_KINDS } from './latency';
import { defaultParams, type ParamValues } from './params';
import { SEED_MAX } from './rng';
import { Simulation, type CommandInput } from './simulation';
import { worldFingerprint } from './testing';
import { US_PER_MS, US_PER_S, type Micros } from './time';
import { hashTrace } from './trace';

const fcSeed = Number(process.env.FC_SEED ?? 314159);
/** Runs per property; raise it (FC_RUNS=500) for a longer hunt. */
const numRuns = Number(process.env.FC_RUNS ?? 20);
const HORIZON: Micros = 20 * US_PER_S;

interface Run {
  readonly seed: number;
  readonly nodes: number;
  readonly commands: Command[];
}

function commandArbitrary(nodes: readonly NodeId[]): fc.Arbitrary<Command> {
  const at = fc.integer({ min: 0, max: HORIZON });
  const node = fc.constantFrom(...nodes);
  const groups = fc
    .array(fc.integer({ min: -1, max: 2 }), { minLength: nodes.length, maxLength: nodes.length })
    .map((groupOf) =>
      [0, 1, 2]
        .map((g) => nodes.filter((_, i) => groupOf[i] === g))
        .filter((group) => group.length > 0),
    )
    .filter((list) => list.length > 0);
  // Live parameters only, within their ranges; heartbeats no faster than 200 ms so that a
  // run stays small.
  const param = fc.oneof(
    fc.record({
      name: fc.constant('heartbeat'),
      value: fc.integer({ min: 200, max: 1000 }).map((ms) => ms * US_PER_MS),
    }),
    fc.record({
      name: fc.constant('timeout'),
      value: fc.integer({ min: 100, max: 3000 }).map((ms) => ms * US_PER_MS),
    }),
    fc.record({ name: fc.constant('latency'), value: fc.constantFrom<string>(...LATENCY_KINDS) }),
    fc.record({
      name: fc.constant('mean'),
      value: fc.integer({ min: 1, max: 600 }).map((ms) => ms * US_PER_MS),
    }),
    fc.record({
      name: fc.constant('loss'),
      value: fc.integer({ min: 0, max: 50 }).map((p) => p / 100),
    }),
  );
  return fc.oneof(
    fc.record({ at, type: fc.constant('partition' as const), groups }),
    fc.record({ at, type: fc.constant('block' as const), from: node, to: node }),
    fc.record({ at, type: fc.constant('heal' as const) }),
    fc.record({ at, type: fc.constant('crash' as const), node }),
    fc.record({ at, type: fc.constant('restart' as const), node }),
    fc.record({
      at,
      type: fc.constant('slow' as const),
      node,
      factor: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 40 })),
    }),
    fc
      .record({ at, type: fc.constant('param' as const) })
      .chain((base) => param.map((p): Command => ({ ...base, ...p }))),
  );
}

const runArbitrary: fc.Arbitrary<Run> = fc
  .record({ seed: fc.integer({ min: 0, max: SEED_MAX }), nodes: fc.integer({ min: 3, max: 9 }) })
  .chain(({ seed, nodes }) =>
    fc
      .array(commandArbitrary(nodeIds(nodes)), { maxLength: 10 })
      .map((commands): Run => ({ seed, nodes, commands })),
  );

function simulation(run: Run): Simulation {
  const params = { ...defaultParams(failureDetector.params), nodes: run.nodes } as ParamValues;
  return new Simulation(failureDetector, params, run.seed, run.commands);
}

type Move = { seek: Micros } | { step: 'back' | 'forward' } | { issue: CommandInput };

function travel(sim: Simulation, moves: readonly Move[]): void {
  for (const next of moves) {
    if ('seek' in next) sim.seek(next.seek);
    else if ('issue' in next) sim.issue(next.issue);
    else if (next.step === 'back') sim.stepBack();
    else sim.stepForward();
  }
}

const seekOrStep: fc.Arbitrary<Move> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: HORIZON }).map((t) => ({ seek: t })) },
  { weight: 1, arbitrary: fc.constantFrom<Move>({ step: 'back' }, { step: 'forward' }) },
);

describe('simulation properties', () => {
  it('(a) gives the same trace for the same inputs', () => {
    fc.assert(
      fc.property(runArbitrary, fc.integer({ min: 0, max: HORIZON }), (run, end) => {
        const first = simulation(run);
        const second = simulation(run);
        first.seek(end);
        second.seek(end);
        const label = `seed ${run.seed}, ${run.nodes} nodes, end ${end}`;
        expect(hashTrace(second.trace), label).toBe(hashTrace(first.trace));
        expect(second.trace, label).toEqual(first.trace);
        expect(worldFingerprint(second), label).toEqual(worldFingerprint(first));
      }),
      { seed: fcSeed, numRuns },
    );
    // Comparing whole traces takes several seconds on a loaded 2-core machine.
  }, 30_000);

  it('(b) seeking back and forth ends where a straight run does', () => {
    fc.assert(
      fc.property(
        runArbitrary,
        fc.array(seekOrStep, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: HORIZON }),
        (run, moves, end) => {
          const travelled = simulation(run);
          travel(travelled, moves);
          travelled.seek(end);
          const reference = simulation(run);
          reference.seek(end);
          const label = `seed ${run.seed}, ${run.nodes} nodes, moves ${JSON.stringify(moves)}, end ${end}`;
          expect(worldFingerprint(travelled), label).toEqual(worldFingerprint(reference));
        },
      ),
      { seed: fcSeed, numRuns },
    );
  });

  it('(c) forking along the way ends where a straight run of the final log does', () => {
    const scenario = runArbitrary.chain((run) => {
      const issue = commandArbitrary(nodeIds(run.nodes)).map((command): Move => {
        const { at: _at, ...input } = command;
        return { issue: input as CommandInput };
      });
      const moves = fc.array(
        fc.oneof({ weight: 2, arbitrary: seekOrStep }, { weight: 1, arbitrary: issue }),
        {
          minLength: 1,
          maxLength: 6,
        },
      );
      return fc.record({ run: fc.constant(run), moves, end: fc.integer({ min: 0, max: HORIZON }) });
    });
    fc.assert(
      fc.property(scenario, ({ run, moves, end }) => {
        const travelled = simulation(run);
        travel(travelled, moves);
        travelled.seek(end);
        const reference = simulation({ ...run, commands: [...travelled.commands] });
        reference.seek(end);
        const label = `seed ${run.seed}, ${run.nodes} nodes, moves ${JSON.stringify(moves)}, end ${end}`;
        expect(reference.commands, label).toEqual(travelled.commands);
        expect(worldFingerprint(travelled), label).toEqual(worldFingerprint(reference));
      }),
      { seed: fcSeed, numRuns },
    );
  });
});
