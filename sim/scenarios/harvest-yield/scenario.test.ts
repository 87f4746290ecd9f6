import { describe, expect, it } from 'vitest';
import { defaultParams } from '@/sim/core/params';
import { harvestYield } from './scenario';
import { checkHarvestParams } from './params';
import { crashAt, runHarvest } from './testing/runs';

// Whole runs of tens of seconds: generous, since the machine running them may be shared.
describe('harvest-yield', { timeout: 60_000 }, () => {
  it('answers every query in full when nothing fails and the load is below capacity', () => {
    for (const replicas of [1, 2, 3]) {
      // 60 % of the service's capacity (replicas × 100 queries/s). At 75 %, a burst of
      // Poisson arrivals now and then fills a bounded queue of 10 on 6 × 1, and best effort
      // answers a query or two in 300 without one partition.
      const run = runHarvest({ replicas, load: 60 * replicas }, { untilS: 10 });
      const whole = run.between(0, 10);
      expect(whole.offered).toBeGreaterThan(500);
      expect(whole.yield).toBeGreaterThanOrEqual(0.99);
      expect(whole.harvest).toBe(1);
    }
  });

  it('keeps harvest and yield with a replica down, below the remaining capacity', () => {
    // 3 × 2: with n1 down, partition 1 has one machine left, 100 queries/s; at 60 its
    // queue of 10 fills almost never (at 80, about one query in 500 finds it full).
    const commands = [crashAt('n1', 2)];
    const complete = runHarvest(
      { replicas: 2, load: 80, policy: 'complete' },
      { commands, untilS: 20 },
    );
    expect(complete.between(0, 20).harvest).toBe(1);
    expect(complete.between(0, 20).yield).toBeGreaterThanOrEqual(0.99);
    // Best effort answers the few queries sent to n1 before the front end noticed with
    // part of the data; once it has noticed, every answer is whole again.
    const best = runHarvest({ replicas: 2, load: 60 }, { commands, untilS: 20 });
    expect(best.between(0, 20).yield).toBeGreaterThanOrEqual(0.99);
    expect(best.between(3, 20).harvest).toBe(1);
    expect(best.between(3, 20).yield).toBe(1);
  });

  it('pays in yield above the remaining capacity, complete or fail, and harvest stays', () => {
    const run = runHarvest(
      { replicas: 2, load: 150, policy: 'complete' },
      { commands: [crashAt('n1', 2)], untilS: 20 },
    );
    const after = run.between(5, 20);
    expect(after.harvest).toBe(1);
    // One machine of 100 queries/s left for partition 1: about 100 of 150 answered.
    expect(after.yield).toBeGreaterThan(0.6);
    expect(after.yield).toBeLessThan(0.72);
  });

  it('sheds overload to keep yield near capacity ÷ load; unbounded queues collapse', () => {
    for (const replicas of [1, 2, 3]) {
      const capacity = 100 * replicas;
      const load = 1.5 * capacity;
      const shed = runHarvest({ replicas, load, policy: 'complete' }, { untilS: 15 });
      const expected = capacity / load;
      expect(Math.abs(shed.between(0, 15).yield - expected) / expected, `${replicas}`).toBeLessThan(
        0.05,
      );
      const unbounded = runHarvest(
        { replicas, load, policy: 'complete', queue: 'unbounded' },
        { untilS: 10 },
      );
      // Within 30 s, and in fact within a few: the first second whose yield is below 0.2.
      const collapsed = [...Array(10).keys()].find((s) => unbounded.between(s, s + 1).yield < 0.2);
      expect(collapsed, `${replicas}`).toBeDefined();
    }
  }, 60_000);

  it('pays the same shedding in harvest with best effort', () => {
    const run = runHarvest({ replicas: 2, load: 300, policy: 'best-effort' }, { untilS: 10 });
    const whole = run.between(0, 10);
    expect(whole.harvest).toBeLessThan(0.85);
    expect(whole.yield).toBeGreaterThan(0.85);
  });

  it('names the parameters that do not fit together', () => {
    const params = defaultParams(harvestYield.params);
    expect(checkHarvestParams(params)).toEqual([]);
    expect(checkHarvestParams({ ...params, machines: 6, replicas: 4 })[0]).toMatch(
      /^replicas: 4 does not divide machines \(6\)/,
    );
    expect(checkHarvestParams({ ...params, load: 0 })[0]).toMatch(/^load/);
  });

  it('lists the front end and the machines as its nodes', () => {
    expect(harvestYield.nodes({ ...defaultParams(harvestYield.params), machines: 4 })).toEqual([
      'fe',
      'n1',
      'n2',
      'n3',
      'n4',
    ]);
  });

  it('gives two layouts from one seed the same queries at the same instants', () => {
    const arrivals = (replicas: number) => {
      const run = runHarvest(
        { replicas, load: 150 },
        { seed: 5, commands: [crashAt('n1', 1)], untilS: 3 },
      );
      return run.simulation.trace
        .slice(0, run.simulation.traceEnd)
        .filter((entry) => entry.type === 'invoke')
        .map((entry) => (entry.type === 'invoke' ? [entry.at, entry.op.value] : []));
    };
    const single = arrivals(1);
    expect(single.length).toBeGreaterThan(300);
    expect(arrivals(2)).toEqual(single);
    expect(arrivals(3)).toEqual(single);
  });

  it('replays byte for byte', () => {
    const a = runHarvest({}, { seed: 9, commands: [crashAt('n2', 1)], untilS: 3 });
    const b = runHarvest({}, { seed: 9, commands: [crashAt('n2', 1)], untilS: 3 });
    expect(a.simulation.trace.slice(0, a.simulation.traceEnd)).toEqual(
      b.simulation.trace.slice(0, b.simulation.traceEnd),
    );
  });
});
