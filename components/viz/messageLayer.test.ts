import { describe, expect, it } from 'vitest';
import { defaultParams, type ParamValues, Simulation } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { along, clusterGeometry, type Point } from './layout';
import { DotBuffer, dotAt, DropTracker, messagePositions } from './messageLayer';

const S = 1_000_000;

function run(params: Partial<ParamValues> = {}) {
  const values = { ...defaultParams(failureDetector.params), ...params } as ParamValues;
  const sim = new Simulation(failureDetector, values, 4, []);
  const geometry = clusterGeometry(sim.world.nodeIds.length);
  const positions = new Map<string, Point>(
    sim.world.nodeIds.map((id, index) => [id, geometry.points[index]!]),
  );
  return { sim, geometry, positions };
}

describe('message positions', () => {
  it('puts every message in flight on its link, as along() does, in a reused buffer', () => {
    const { sim, geometry, positions } = run({ nodes: 30, heartbeat: 100_000 });
    sim.seek(2 * S + 12_345);
    const buffer = new DotBuffer();
    messagePositions(sim, positions, geometry.inset, buffer);
    const inflight = [...sim.world.inflight.values()];
    expect(buffer.count).toBe(inflight.length);
    expect(buffer.count).toBeGreaterThan(256); // the buffer grew
    inflight.forEach((message, i) => {
      const expected = along(
        positions.get(message.from)!,
        positions.get(message.to)!,
        (sim.now - message.sentAt) / (message.deliverAt - message.sentAt),
        geometry.inset,
      );
      expect(buffer.ids[i]).toBe(message.id);
      expect(buffer.xs[i]).toBeCloseTo(expected.x, 6);
      expect(buffer.ys[i]).toBeCloseTo(expected.y, 6);
    });
    expect(dotAt(buffer, buffer.xs[0]!, buffer.ys[0]! + 1, 3)).not.toBeNull();
    expect(dotAt(buffer, -100, -100, 10)).toBeNull();
    sim.seek(0);
    messagePositions(sim, positions, geometry.inset, buffer);
    expect(buffer.count).toBe(0);
  });
});

describe('DropTracker', () => {
  it('finds the same recent drops as a full scan, forwards and after a jump back', () => {
    const { sim } = run({ loss: 0.3 });
    const tracker = new DropTracker();
    const window = 400_000;
    const brute = () =>
      sim.trace
        .slice(0, sim.traceEnd)
        .flatMap((entry) =>
          entry.type === 'drop' && entry.at >= sim.now - window ? [entry.id] : [],
        );
    let seen = 0;
    for (const t of [0.5, 0.6, 0.9, 1.7, 3, 2.2, 0.4, 4, 4.05]) {
      sim.seek(t * S);
      const found = tracker.recent(sim.trace, sim.traceEnd, sim.now, window).map((e) => e.id);
      expect(found).toEqual(brute());
      seen += found.length;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
