/**
 * Property: an AP replica never refuses. Whatever the partitions, crashes and restarts,
 * every request on an AP key to a live replica is answered `ok` at once, in the instant
 * it was made (Gilbert & Lynch 2002's availability: every request received by a
 * non-failing node results in a response). The only refusals are connections to a
 * replica that is down. In `mixed` mode this holds for the AP key y.
 *
 * fast-check's seed is fixed (FC_SEED to change it, FC_RUNS for more runs); a failure
 * prints the run's seed, size, mode and command log, which replay it exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceOperations } from '@/sim/checkers/history';
import { US_PER_S } from '@/sim/core/time';
import { behaviourOf } from './registerTypes';
import { describeRun, faultRunArbitrary, simulate } from './testing/faultRuns';

const fcSeed = Number(process.env.FC_SEED ?? 161803);
const numRuns = Number(process.env.FC_RUNS ?? 200);
const END = 8 * US_PER_S;

describe('cap AP property', () => {
  it('answers every request to a live replica at once, under any faults', () => {
    const runs = faultRunArbitrary({
      modes: ['ap-lww', 'ap-siblings', 'mixed'],
      sizes: [3, 5],
      horizon: END,
      faultsMax: 8,
    });
    let answered = 0;
    fc.assert(
      fc.property(runs, (run) => {
        const sim = simulate(run, END);
        const ops = traceOperations(sim.trace, sim.traceEnd).filter(
          (op) => op.key !== null && behaviourOf(run.mode, op.key) !== 'cp',
        );
        for (const op of ops) {
          const refusedAsDown =
            op.status === 'fail' && op.reason === 'connection refused: node is down';
          const servedAtOnce = op.status === 'ok' && op.return === op.call;
          expect(refusedAsDown || servedAtOnce, `${describeRun(run)}\n${JSON.stringify(op)}`).toBe(
            true,
          );
          if (servedAtOnce) answered++;
        }
      }),
      { seed: fcSeed, numRuns },
    );
    expect(answered).toBeGreaterThan(numRuns * 5);
  }, 120_000);
});
