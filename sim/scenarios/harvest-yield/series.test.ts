import { describe, expect, it } from 'vitest';
import { US_PER_S } from '@/sim/core/time';
import { heldBy } from './server';
import type { HarvestContext } from './machine';
import { MeterSeries } from './series';
import { crashAt, runHarvest } from './testing/runs';

function seriesOf(run: ReturnType<typeof runHarvest>, machines = 6): MeterSeries {
  const series = new MeterSeries(machines);
  series.read(run.simulation.trace, run.simulation.traceEnd, run.simulation.now);
  return series;
}

describe('MeterSeries', { timeout: 30_000 }, () => {
  it('counts each machine’s queue as the machines hold it', () => {
    const run = runHarvest({ replicas: 2, load: 190 }, { untilS: 4 });
    const queues = seriesOf(run).queues();
    const held = run.simulation.world.nodeIds
      .filter((id) => id !== 'fe')
      .map((id) =>
        heldBy((run.simulation.world.nodes.get(id)!.view.context as HarvestContext).server!),
      );
    expect(queues).toEqual(held);
    expect(held.some((n) => n > 0)).toBe(true);
  });

  it('samples every 250 ms, with utilisation near load ÷ capacity', () => {
    const run = runHarvest({ replicas: 1, load: 50 }, { untilS: 10 });
    const series = seriesOf(run);
    expect(series.samples).toHaveLength(39);
    const late = series.samples.slice(8);
    const mean = late.reduce((sum, s) => sum + s.utilisation[0]!, 0) / late.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(0.6);
    expect(late.every((s) => s.reading.yield === 1 && s.reading.harvest === 1)).toBe(true);
  });

  it('gives the same samples read in pieces as in one go', () => {
    const run = runHarvest({ replicas: 1, load: 60 }, { commands: [crashAt('n3', 2)], untilS: 5 });
    const whole = seriesOf(run);
    const pieces = new MeterSeries(6);
    const end = run.simulation.traceEnd;
    // Each piece ends where a player would stop: at the time of the last entry read.
    for (let k = 1; k < 7; k++) {
      const upTo = Math.round((end * k) / 7);
      pieces.read(run.simulation.trace, upTo, run.simulation.trace.at(upTo - 1)!.at);
    }
    pieces.read(run.simulation.trace, end, 5 * US_PER_S);
    expect(pieces.samples).toEqual(whole.samples);
    // After the crash, n3 is idle and empty and the window's harvest is 5/6.
    const last = whole.samples.at(-1)!;
    expect(last.queues[2]).toBe(0);
    expect(last.utilisation[2]).toBe(0);
    expect(last.reading.harvest).toBeCloseTo(5 / 6, 6);
  });
});
