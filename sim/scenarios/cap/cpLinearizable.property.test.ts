/**
 * Property: whatever the partitions, crashes and restarts, the CP register's client
 * history is linearizable (Herlihy & Wing 1990), checked by the linearizability checker
 * on histories read from the trace. In `mixed` mode only key x is CP, so only x is
 * checked. This is the C of CAP that the CP mode pays for with refusals and timeouts.
 *
 * fast-check's seed is fixed (FC_SEED to change it, FC_RUNS for more runs); a failure
 * prints the run's seed, size, mode and command log, which replay it exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyFromTrace } from '@/sim/checkers/history';
import { checkLinearizability, type History } from '@/sim/checkers/linearizability';
import { US_PER_S } from '@/sim/core/time';
import { STRONG_KEY } from './registerTypes';
import { describeRun, faultRunArbitrary, simulate } from './testing/faultRuns';

const fcSeed = Number(process.env.FC_SEED ?? 271828);
const numRuns = Number(process.env.FC_RUNS ?? 200);
const END = 8 * US_PER_S;

describe('cap CP property', () => {
  it('gives linearizable histories under random partitions and crashes', () => {
    const runs = faultRunArbitrary({
      modes: ['cp', 'mixed'],
      sizes: [3, 5],
      horizon: END - US_PER_S,
      faultsMax: 6,
    });
    let served = 0;
    fc.assert(
      fc.property(runs, (run) => {
        const sim = simulate(run, END);
        const full = historyFromTrace(sim.trace, sim.traceEnd);
        const history: History =
          run.mode === 'mixed'
            ? { ...full, ops: full.ops.filter((op) => op.key === STRONG_KEY) }
            : full;
        const verdict = checkLinearizability(history, { searchStepsMax: 5_000_000 });
        const why = verdict.linearizable === true ? '' : JSON.stringify(verdict);
        expect(verdict.linearizable, `${describeRun(run)}\n${why}`).toBe(true);
        if (history.ops.some((op) => op.status === 'ok')) served++;
      }),
      { seed: fcSeed, numRuns },
    );
    // Not vacuous: most runs served requests (a run may crash a majority for good).
    expect(served).toBeGreaterThan(numRuns * 0.8);
  }, 120_000);
});
