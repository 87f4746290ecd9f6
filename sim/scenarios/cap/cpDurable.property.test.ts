/**
 * Property: every write the CP register acknowledged survives. After random partitions,
 * crashes and restarts, the network heals and every node restarts; once the cluster has
 * settled, each acknowledged write is in the committed log of every node, and in an
 * order that respects real time (a write acknowledged before another was invoked comes
 * first). This is Raft's Leader Completeness and State Machine Safety (Ongaro &
 * Ousterhout 2014, §5.4), seen from the clients, and the log repair of §5.3 at work.
 *
 * fast-check's seed is fixed (FC_SEED to change it, FC_RUNS for more runs); a failure
 * prints the run's seed, size, mode and command log, which replay it exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceOperations } from '@/sim/checkers/history';
import type { Command } from '@/sim/core/commands';
import { nodeIds } from '@/sim/core/ids';
import { US_PER_S } from '@/sim/core/time';
import type { RegisterContext } from './registerTypes';
import { describeRun, faultRunArbitrary, simulate } from './testing/faultRuns';

const fcSeed = Number(process.env.FC_SEED ?? 141421);
const numRuns = Number(process.env.FC_RUNS ?? 200);
const FAULTS_END = 5 * US_PER_S;
const END = 13 * US_PER_S;

/** Heal, restart everyone, and stop the traffic, just after the faults. */
function recovery(nodes: number): Command[] {
  const at = FAULTS_END + 1;
  return [
    { at, type: 'heal' },
    ...nodeIds(nodes).map((node): Command => ({ at, type: 'restart', node })),
    { at, type: 'param', name: 'rate', value: 0 },
  ];
}

describe('cap CP durability property', () => {
  it('keeps every acknowledged write, in order, on every node after a heal', () => {
    const runs = faultRunArbitrary({
      modes: ['cp'],
      sizes: [3, 5],
      horizon: FAULTS_END,
      faultsMax: 6,
    });
    let acknowledged = 0;
    fc.assert(
      fc.property(runs, (run) => {
        const extra = recovery(run.nodes);
        const sim = simulate(run, END, extra);
        const label = describeRun(run, extra);
        const acked = traceOperations(sim.trace, sim.traceEnd).filter(
          (op) => op.f === 'write' && op.status === 'ok',
        );
        acknowledged += acked.length;
        const committed = [...sim.world.nodes.values()].map((slot) => {
          const context = slot.view.context as RegisterContext;
          return context.cp.log.slice(0, context.cp.commitIndex);
        });
        // Every node has committed the same log (Log Matching, §5.3).
        for (const log of committed) expect(log, label).toEqual(committed[0]);
        const log = committed[0]!;
        const indexOf = (op: (typeof acked)[number]) =>
          log.findIndex((entry) => entry.key === op.key && entry.value === op.argument);
        for (const op of acked)
          expect(indexOf(op), `${label}\nlost ${JSON.stringify(op)}`).toBeGreaterThanOrEqual(0);
        for (const first of acked)
          for (const second of acked)
            if (first.return! < second.call)
              expect(indexOf(first), `${label}\norder`).toBeLessThan(indexOf(second));
      }),
      { seed: fcSeed, numRuns },
    );
    expect(acknowledged).toBeGreaterThan(numRuns * 3);
  }, 120_000);
});
