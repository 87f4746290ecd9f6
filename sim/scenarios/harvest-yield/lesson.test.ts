/**
 * Every number in content/harvest-yield.mdx, computed by the simulation the lesson's
 * widgets run (same parameters, seed 1, stopped where the widget stops) and formatted as
 * the widgets show them; each must appear in the lesson's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { US_PER_S } from '@/sim/core/time';
import type { Reading } from './meters';
import { measureOutages } from './outages';
import { MeterSeries } from './series';
import { crashAt, runHarvest } from './testing/runs';

const lesson = readFileSync(join(process.cwd(), 'content', 'harvest-yield.mdx'), 'utf8');

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The meters a widget shows when it stops: last 2 s and whole run. */
function meters(params: Record<string, string | number>, crash: boolean, untilS: number) {
  const run = runHarvest(params, {
    commands: crash ? [crashAt(params.crash as string, 2)] : [],
    untilS,
  });
  const series = new MeterSeries(6);
  series.read(run.simulation.trace, run.simulation.traceEnd, run.simulation.now);
  const now = untilS * US_PER_S;
  return { last: series.windowAt(now), whole: series.wholeRun(now), series };
}

function expectInLesson(...texts: string[]) {
  for (const text of texts) expect(lesson, text).toContain(text);
}

describe('the harvest-and-yield lesson', { timeout: 60_000 }, () => {
  it('one crash, six partitions: harvest 5/6, yield whole', () => {
    const { last, whole } = meters({ replicas: 1, load: 60, crash: 'n3' }, true, 8);
    expect(percent(last.yield)).toBe('100.0 %');
    expect(percent(last.harvest)).toBe('83.3 %');
    expect(Math.round(whole.latency.p99)).toBe(200);
    expectInLesson(
      'yield stays at 100.0 %',
      'harvest over the last 2 s is 83.3 %',
      'p99 latency is 200 ms',
    );
  });

  it('replication or partitioning: the same crash costs 6 × 1 harvest and 3 × 2 nothing', () => {
    const left = meters({ replicas: 1, load: 60, crash: 'n1' }, true, 8);
    const right = meters({ replicas: 2, load: 60, crash: 'n1' }, true, 8);
    expect(percent(left.last.harvest)).toBe('83.3 %');
    expect(percent(right.last.yield)).toBe('100.0 %');
    expect(percent(right.last.harvest)).toBe('100.0 %');
    expect(percent(right.whole.harvest)).toBe('100.0 %');
    // n2 alone carries partition 1: about 60 % busy over the last 2 s.
    const late = right.series.samples.filter((s) => s.t > 6 * US_PER_S);
    const busy = late.reduce((sum, s) => sum + s.utilisation[1]!, 0) / late.length;
    expect(busy).toBeGreaterThan(0.5);
    expect(busy).toBeLessThan(0.7);
    expectInLesson(
      'yield 100.0 % and harvest 100.0 %, while the left side is at 83.3 % harvest',
      "Over the whole run the right side's harvest is still 100.0 %",
    );
  });

  it('above the remaining capacity, complete or fail pays in yield', () => {
    const { last } = meters({ replicas: 2, load: 150, policy: 'complete', crash: 'n1' }, true, 12);
    expect(percent(last.yield)).toBe('74.6 %');
    expect(percent(last.harvest)).toBe('100.0 %');
    expect([last.offered, last.answered, last.answered / 2]).toEqual([279, 208, 104]);
    expectInLesson(
      '279 queries arrived and 208 were answered, 104 a second',
      'yield 74.6 %',
      'Every answer is whole: harvest 100.0 %',
    );
  });

  it('the DQ principle: complete or fail and best effort deliver the same DQ', () => {
    const left = meters({ replicas: 2, load: 300, policy: 'complete' }, false, 10).last;
    const right = meters({ replicas: 2, load: 300, policy: 'best-effort' }, false, 10).last;
    const dq = (r: Reading) => r.dq.toFixed(1);
    expect([dq(left), dq(right)]).toEqual(['201.0', '198.0']);
    expect([percent(left.yield), percent(left.harvest)]).toEqual(['69.1 %', '100.0 %']);
    expect([percent(right.yield), percent(right.harvest)]).toEqual(['88.0 %', '76.2 %']);
    expectInLesson(
      '201.0 whole answers a second on the left and 198.0 on the right',
      'yield 69.1 % and harvest 100.0 %',
      'yield 88.0 % and harvest 76.2 %',
    );
  });

  it('at full capacity, unbounded queues collapse', () => {
    const bounded = meters({ replicas: 2, load: 300, policy: 'complete' }, false, 10);
    const unbounded = meters(
      { replicas: 2, load: 300, policy: 'complete', queue: 'unbounded' },
      false,
      10,
    );
    expect(percent(unbounded.last.yield)).toBe('0.0 %');
    expect(percent(bounded.last.yield)).toBe('69.1 %');
    expect(percent(unbounded.whole.yield)).toBe('2.9 %');
    expectInLesson(
      "right side's yield is 0.0 %; the left side's is 69.1 %",
      'yield on the right is 2.9 %',
    );
  });

  it('three of everything', () => {
    const shares = measureOutages(0.05, 1_000_000, 1);
    const share = (x: number) => `${(100 * x).toPrecision(2)} %`;
    expect(share(shares.oneDown)).toBe('5.0 %');
    expect(share(shares.partitionDown[1]!)).toBe('0.24 %');
    expect(Math.round(1 / shares.partitionDown[1]!)).toBe(409);
    expect(share(shares.partitionDown[2]!)).toBe('0.011 %');
    expect(Math.round(1 / shares.partitionDown[2]!)).toBe(9009);
    expect(shares.someDataLost.map(share)).toEqual(['26 %', '0.75 %', '0.023 %']);
    expectInLesson(
      'one machine is down 5.0 % of the time',
      'on two, 0.24 % of the time (1 in 409); on three, 0.011 % (1 in 9,009)',
      'some data is unreachable 26 % of the time as 6 × 1, 0.75 % as 3 × 2 and 0.023 % as 2 × 3',
    );
  }, 20_000);
});
