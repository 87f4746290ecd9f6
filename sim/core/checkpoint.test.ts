/**
 * Checkpoints over a long, busy run. Past 256 checkpoints the Simulation drops every
 * other one and doubles the spacing; seeks must stay exact across that thinning.
 * This is the slowest unit test (about 300k events), kept to one run.
 */
import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { checkpointBytes, saveCheckpoint, restoreCheckpoint } from './checkpoint';
import { defaultParams, type ParamValues } from './params';
import { nodeIds } from './ids';
import { Simulation } from './simulation';
import { worldFingerprint, type WorldFingerprint } from './testing';
import { US_PER_MS, US_PER_S, type Micros } from './time';

const S = US_PER_S;

describe('checkpoints', () => {
  it('restoring a checkpoint gives back the World it was saved from, and shares nothing mutable', () => {
    const params = defaultParams(failureDetector.params) as ParamValues;
    const sim = new Simulation(failureDetector, params, 4, [
      { at: 2 * S, type: 'crash', node: 'n2' },
    ]);
    sim.seek(3 * S);
    const saved = saveCheckpoint(sim.world);
    const expected = worldFingerprint(sim);
    sim.seek(6 * S); // moves the live World on; the checkpoint must not move with it
    sim.world = restoreCheckpoint(sim.world, saved, sim.trace);
    expect(worldFingerprint(sim)).toEqual(expected);
    // Running the restored World must not disturb the checkpoint either.
    sim.seek(6 * S);
    sim.world = restoreCheckpoint(sim.world, saved, sim.trace);
    expect(worldFingerprint(sim)).toEqual(expected);
  });

  it('keeps seeks exact after the checkpoint list has been thinned', () => {
    // 9 nodes heartbeating every 50 ms. Isolating every node makes most events cheap
    // (messages lost half-way), so 180 s pass the 256 × 1024 events after which the first
    // thinning happens in about a second; the phases before and after keep the nodes busy
    // with suspicion, trust and a restart.
    const params = {
      ...defaultParams(failureDetector.params),
      nodes: 9,
      heartbeat: 50 * US_PER_MS,
      timeout: 150 * US_PER_MS,
    } as ParamValues;
    const sim = new Simulation(
      failureDetector,
      params,
      77,
      [
        { at: 5 * S, type: 'crash', node: 'n4' },
        { at: 10 * S, type: 'partition', groups: nodeIds(9).map((id) => [id]) },
        { at: 100 * S, type: 'restart', node: 'n4' },
        { at: 170 * S, type: 'heal' },
      ],
      { spacing: 1024, max: 256, bytes: Infinity },
    );
    // Forward pass: remember the World at some instants, in order.
    const instants: Micros[] = [3_300_000, 99_999_999, 170 * S + 7, 176_200_000];
    const seen = new Map<Micros, WorldFingerprint>();
    for (const t of instants) {
      sim.seek(t);
      seen.set(t, worldFingerprint(sim, { hashTrace: false }));
    }
    sim.seek(180 * S);
    expect(sim.world.processed).toBeGreaterThan(256 * 1024);
    // Back and forth, out of order (the forward hop replays from a restored checkpoint),
    // then one step back and forth at the far end.
    for (const index of [2, 3, 1, 0]) {
      const t = instants[index]!;
      sim.seek(t);
      expect(worldFingerprint(sim, { hashTrace: false }), `after seeking to ${t}`).toEqual(
        seen.get(t),
      );
    }
    sim.seek(180 * S);
    sim.stepForward();
    const last = worldFingerprint(sim, { hashTrace: false });
    sim.stepBack();
    sim.stepForward();
    expect(worldFingerprint(sim, { hashTrace: false })).toEqual(last);
  }, 30_000); // a hang guard for a slow machine, not a timing assertion

  it('estimates what a checkpoint holds from the entries it copies, which grow with the cluster', () => {
    const world = (nodes: number) => {
      const params = { ...defaultParams(failureDetector.params), nodes } as ParamValues;
      const sim = new Simulation(failureDetector, params, 3);
      sim.seek(2 * S);
      return sim.world;
    };
    const small = world(5);
    const big = world(40);
    let timers = 0;
    for (const slot of big.nodes.values()) timers += slot.timers.size;
    expect(checkpointBytes(big)).toBe(64 * (big.queue.size + big.inflight.size + timers));
    // Each node has a suspicion timer per peer: the estimate grows about as nodes².
    expect(checkpointBytes(big) / checkpointBytes(small)).toBeGreaterThan(30);
    expect(saveCheckpoint(big).bytes).toBe(checkpointBytes(big));
  });

  it('keeps the checkpoints under their byte bound by thinning them, and seeks stay exact', () => {
    const params = {
      ...defaultParams(failureDetector.params),
      nodes: 25,
      heartbeat: 300 * US_PER_MS,
    } as ParamValues;
    const commands = [{ at: 4 * S, type: 'crash' as const, node: 'n7' }];
    const one = checkpointBytes(new Simulation(failureDetector, params, 9, commands).world);
    // Room for about six checkpoints of this 25-node world once it is busy (each then
    // holds about 1.4 times what it does at boot); the count bound is far off.
    const bytes = 8 * one;
    const sim = new Simulation(failureDetector, params, 9, commands, {
      spacing: 512,
      max: 1000,
      bytes,
    });
    const instants: Micros[] = [1_500_000, 4_000_001, 7_250_000];
    const seen = new Map<Micros, WorldFingerprint>();
    for (const t of instants) {
      sim.seek(t);
      seen.set(t, worldFingerprint(sim, { hashTrace: false }));
    }
    sim.seek(10 * S);
    const kept = sim.checkpointFootprint;
    expect(kept.bytes).toBeLessThanOrEqual(bytes);
    expect(kept.spacing).toBeGreaterThan(512);
    expect(kept.count).toBeGreaterThanOrEqual(2);
    expect(sim.world.processed / kept.spacing).toBeGreaterThan(kept.count - 1);
    for (const t of [...instants].reverse()) {
      sim.seek(t);
      expect(worldFingerprint(sim, { hashTrace: false }), `after seeking to ${t}`).toEqual(
        seen.get(t),
      );
    }
  });
});
