/**
 * Properties of the failure detector's counters over random runs: random seeds, one crash
 * of a random node at a random time, random heartbeat, timeout and latency.
 *
 * (a) With constant latency L and no loss, a timeout T above heartbeat H + L never
 *     suspects a live peer, and every survivor detects the crash after between T + L − H
 *     (exclusive) and T + L: the last heartbeat left at most H before the crash.
 * (b) With any latency distribution and no loss, every survivor detects the crash, none
 *     sooner than T − H after it, and the false suspicions are exactly the suspicions
 *     that are not of the crashed node after its crash.
 *
 * fast-check's own seed is fixed so CI is repeatable; on failure it prints that seed and
 * the shrunk counterexample, which includes the run's seed. Replay with FC_SEED=<seed>;
 * search longer with FC_RUNS=<count>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATENCY_KINDS } from '@/sim/core/latency';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { SEED_MAX } from '@/sim/core/rng';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { failureDetector } from './scenario';
import { detectorMetrics } from './metrics';

const fcSeed = Number(process.env.FC_SEED ?? 271828);
const numRuns = Number(process.env.FC_RUNS ?? 25);
const MS = US_PER_MS;

const crashArbitrary = fc.record({
  seed: fc.integer({ min: 0, max: SEED_MAX }),
  nodes: fc.integer({ min: 3, max: 7 }),
  victim: fc.nat({ max: 6 }),
  crashAt: fc.integer({ min: 2 * US_PER_S, max: 8 * US_PER_S }),
  heartbeat: fc.integer({ min: 200, max: 1000 }).map((ms) => ms * MS),
});

type CrashRun = typeof crashArbitrary extends fc.Arbitrary<infer R> ? R : never;

function runWith(run: CrashRun, params: Partial<ParamValues>) {
  const all = { ...defaultParams(failureDetector.params), ...params, nodes: run.nodes };
  const ids = failureDetector.nodes(all as ParamValues);
  const victim = ids[run.victim % ids.length]!;
  const sim = new Simulation(failureDetector, all as ParamValues, run.seed, [
    { at: run.crashAt, type: 'crash', node: victim },
  ]);
  return { sim, victim, ids };
}

describe('failure-detector counters, over random runs', { timeout: 30_000 }, () => {
  it('(a) with constant latency: no false suspicion, delays within one heartbeat', () => {
    fc.assert(
      fc.property(
        crashArbitrary,
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 2000 }),
        (run, latencyMs, spareMs) => {
          const latency = latencyMs * MS;
          const timeout = run.heartbeat + latency + spareMs * MS;
          const { sim, victim } = runWith(run, {
            latency: 'constant',
            mean: latency,
            heartbeat: run.heartbeat,
            timeout,
          });
          sim.seek(run.crashAt + timeout + latency + US_PER_S);
          const metrics = detectorMetrics(sim.trace, sim.nodeIds, sim.traceEnd);
          const label = `seed ${run.seed}, ${run.nodes} nodes, ${victim} at ${run.crashAt}`;
          expect(metrics.falseSuspicions, label).toBe(0);
          const [crash] = metrics.crashes;
          expect(crash!.detections).toHaveLength(run.nodes - 1);
          for (const { observer, delay } of crash!.detections) {
            expect(delay, `${label}: ${observer}`).not.toBeNull();
            expect(delay!, `${label}: ${observer}`).toBeGreaterThan(
              timeout + latency - run.heartbeat,
            );
            expect(delay!, `${label}: ${observer}`).toBeLessThanOrEqual(timeout + latency);
          }
          expect(crash!.maxDelay).toBe(Math.max(...crash!.detections.map((d) => d.delay!)));
        },
      ),
      { seed: fcSeed, numRuns },
    );
  });

  it('(b) with any latency: every survivor detects, and false means "not the crashed one"', () => {
    fc.assert(
      fc.property(
        crashArbitrary,
        fc.constantFrom(...LATENCY_KINDS),
        fc.integer({ min: 300, max: 3000 }),
        (run, latency, timeoutMs) => {
          const timeout = timeoutMs * MS;
          const { sim, victim } = runWith(run, { latency, heartbeat: run.heartbeat, timeout });
          sim.seek(run.crashAt + timeout + 30 * US_PER_S);
          const trace = sim.trace.slice(0, sim.traceEnd);
          const metrics = detectorMetrics(sim.trace, sim.nodeIds, sim.traceEnd);
          const label = `seed ${run.seed}, ${latency}, ${victim} at ${run.crashAt}`;
          const crashIndex = trace.findIndex((e) => e.type === 'crash');
          const suspicions = trace
            .map((entry, index) => ({ entry, index }))
            .filter(({ entry }) => entry.type === 'note' && entry.kind === 'suspect');
          const falseOnes = suspicions.filter(
            ({ entry, index }) =>
              !(entry.type === 'note' && entry.peer === victim && index > crashIndex),
          );
          expect(metrics.suspicions, label).toBe(suspicions.length);
          expect(metrics.falseSuspicions, label).toBe(falseOnes.length);
          for (const { observer, delay } of metrics.crashes[0]!.detections) {
            expect(delay, `${label}: ${observer}`).not.toBeNull();
            expect(delay!, `${label}: ${observer}`).toBeGreaterThanOrEqual(0);
            // Already suspecting at the crash counts as 0; otherwise the last beat landed
            // less than a heartbeat before the crash.
            if (delay! > 0)
              expect(delay!, `${label}: ${observer}`).toBeGreaterThan(timeout - run.heartbeat);
          }
        },
      ),
      { seed: fcSeed, numRuns },
    );
  });
});
