/**
 * Properties of `quorums` over many seeded runs (fast-check; FC_SEED and FC_RUNS
 * change the seed and the count). A failure prints the run: seed, parameters and
 * commands, which replay it exactly with `simulateKv`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import type { ParamValues } from '@/sim/core/params';
import { nodeIds } from '@/sim/core/ids';
import { hashTrace } from '@/sim/core/trace';
import { US_PER_S } from '@/sim/core/time';
import { kvContextOf, kvStoreOf } from './looks';
import { PROFILE_OPTIONS } from './params';
import { preferenceList } from './ring';
import { ringOf } from './kvContext';
import { measureStaleness } from './staleness';
import { describeKvRun, kvParams, simulateKv } from './testing/runs';
import { keepsAll, sameSiblings } from './versions';
import { workloadKeys } from './workload';

const fcSeed = Number(process.env.FC_SEED ?? 271828);
const numRuns = Number(process.env.FC_RUNS ?? 200);
const S = US_PER_S;

/** Cluster shapes: M nodes, N replicas, and R, W with the given relation to N. */
function shape(strict: boolean) {
  return fc
    .record({
      m: fc.integer({ min: 3, max: 7 }),
      nFrac: fc.double({ min: 0, max: 1, noNaN: true }),
      rFrac: fc.double({ min: 0, max: 1, noNaN: true }),
      wFrac: fc.double({ min: 0, max: 1, noNaN: true }),
      profile: fc.constantFrom(...PROFILE_OPTIONS.map((option) => option.value)),
      keys: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
    })
    .map(({ m, nFrac, rFrac, wFrac, profile, keys, seed }) => {
      const n = 1 + Math.floor(nFrac * m * 0.999);
      const r = 1 + Math.floor(rFrac * n * 0.999);
      // Strict: the smallest W with R + W > N and up; otherwise any W.
      const wMin = strict ? Math.max(1, n + 1 - r) : 1;
      const w = wMin + Math.floor(wFrac * (n - wMin + 1) * 0.999);
      return {
        seed,
        params: kvParams({ nodes: m, n, r, w, profile, keys, reads: 30, writes: 10 }),
      };
    });
}

describe('quorums properties', () => {
  it('never reads stale with R + W > N and no faults', () => {
    let reads = 0;
    fc.assert(
      fc.property(shape(true), ({ seed, params }) => {
        const sim = simulateKv(params, seed, 4 * S);
        const samples = measureStaleness(sim.trace);
        reads += samples.length;
        const stale = samples.find((sample) => !sample.consistent);
        if (stale)
          throw new Error(`stale read ${JSON.stringify(stale)} in ${describeKvRun(seed, params)}`);
      }),
      { seed: fcSeed, numRuns },
    );
    expect(reads).toBeGreaterThan(numRuns * 20);
  }, 120_000);

  it('can read stale with R + W ≤ N (so the property above can fail)', () => {
    const params = kvParams({ n: 3, r: 1, w: 1, reads: 40, writes: 10 });
    const stale = measureStaleness(simulateKv(params, 1, 20 * S).trace).filter(
      (s) => !s.consistent,
    );
    expect(stale.length).toBeGreaterThan(0);
  });

  it('converges all N replicas of every key within a bounded time after a heal', () => {
    const runs = fc
      .record({
        base: shape(false),
        sloppy: fc.boolean(),
        groupOf: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 7, maxLength: 7 }),
        cutAt: fc.integer({ min: 0, max: 2 * S }),
        healAfter: fc.integer({ min: S / 2, max: 3 * S }),
      })
      .map(({ base, sloppy, groupOf, cutAt, healAfter }) => {
        const m = Number(base.params.nodes);
        const nodes = nodeIds(m);
        const groups = [0, 1]
          .map((g) => nodes.filter((_, i) => groupOf[i] === g))
          .filter((group) => group.length > 0);
        const healAt = cutAt + healAfter;
        const commands: Command[] = [
          { at: cutAt, type: 'partition', groups },
          { at: healAt, type: 'heal' },
          { at: healAt, type: 'param', name: 'writes', value: 0 },
          { at: healAt, type: 'param', name: 'reads', value: 0 },
        ];
        const params: ParamValues = { ...base.params, quorum: sloppy ? 'sloppy' : 'strict' };
        // Bound: every pair of nodes runs anti-entropy within M − 1 intervals (1 s each),
        // plus a timeout for requests still open at the heal and a handoff interval.
        return { seed: base.seed, params, commands, checkAt: healAt + (m + 1) * S };
      });
    fc.assert(
      fc.property(runs, ({ seed, params, commands, checkAt }) => {
        const sim = simulateKv(params, seed, checkAt, commands);
        const ring = ringOf(params);
        const views = new Map(sim.world.nodeIds.map((id) => [id, sim.world.nodes.get(id)!.view]));
        const where = () => describeKvRun(seed, params, commands);
        for (const view of views.values()) {
          const hints = kvContextOf(view)?.hints ?? {};
          if (Object.keys(hints).length > 0)
            throw new Error(`${view.id} still holds hints: ${where()}`);
        }
        for (const key of workloadKeys(Number(params.keys))) {
          const replicas = preferenceList(ring, key, Number(params.n));
          const held = replicas.map((id) => kvStoreOf(views.get(id)!)[key] ?? []);
          if (!held.every((versions) => sameSiblings(versions, held[0]!)))
            throw new Error(`replicas of ${key} differ: ${JSON.stringify(held)} in ${where()}`);
        }
      }),
      { seed: fcSeed, numRuns },
    );
  }, 120_000);

  it('never makes a replica older, read repair included, under partitions and crashes', () => {
    const runs = fc.record({
      base: shape(false),
      faults: fc.array(
        fc.record({
          at: fc.integer({ min: 0, max: 3 * S }),
          kind: fc.constantFrom('partition', 'heal', 'crash', 'restart'),
          node: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 5 },
      ),
    });
    let repairs = 0;
    fc.assert(
      fc.property(runs, ({ base, faults }) => {
        const commands: Command[] = faults.map(({ at, kind, node }) =>
          kind === 'partition'
            ? { at, type: 'partition', groups: [[`n${node}`]] }
            : kind === 'heal'
              ? { at, type: 'heal' }
              : { at, type: kind, node: `n${node}` },
        );
        const params = { ...base.params, readRepair: 'on' };
        const sim = simulateKv(params, base.seed, 0, commands);
        let before = new Map(
          sim.world.nodeIds.map((id) => [id, kvStoreOf(sim.world.nodes.get(id)!.view)]),
        );
        for (let t = 50_000; t <= 4 * S; t += 50_000) {
          sim.seek(t);
          for (const id of sim.world.nodeIds) {
            const now = kvStoreOf(sim.world.nodes.get(id)!.view);
            const old = before.get(id)!;
            for (const key of Object.keys(old))
              if (!keepsAll(now[key] ?? [], old[key]!))
                throw new Error(
                  `${id} lost a version of ${key} by ${t} µs: ${describeKvRun(base.seed, params, commands)}`,
                );
          }
          before = new Map(
            sim.world.nodeIds.map((id) => [id, kvStoreOf(sim.world.nodes.get(id)!.view)]),
          );
        }
        for (const id of sim.world.nodeIds)
          repairs += kvContextOf(sim.world.nodes.get(id)!.view)?.repairsSent ?? 0;
      }),
      { seed: fcSeed, numRuns },
    );
    expect(repairs).toBeGreaterThan(0);
  }, 120_000);

  it('gives the same trace for the same seed, parameters and commands', () => {
    fc.assert(
      fc.property(shape(false), ({ seed, params }) => {
        const commands: Command[] = [
          { at: S, type: 'crash', node: 'n2' },
          { at: 2 * S, type: 'restart', node: 'n2' },
        ];
        const a = simulateKv(params, seed, 3 * S, commands);
        const b = simulateKv(params, seed, 3 * S, commands);
        expect(hashTrace(b.trace, b.traceEnd)).toBe(hashTrace(a.trace, a.traceEnd));
      }),
      { seed: fcSeed, numRuns: Math.min(numRuns, 50) },
    );
  }, 120_000);
});
