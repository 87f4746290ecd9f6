/**
 * Every number in content/harvest-yield.mdx, computed by the simulation the lesson's
 * widgets run (same parameters, seed 1, paused at the prompt's deciding moment, where the
 * explanation opens) and formatted as the widgets show them; each must appear in the
 * lesson's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { US_PER_S } from '@/sim/core/time';
import type { Reading } from './meters';
import { measureOutages } from './outages';
import { MeterSeries } from './series';
import { crashAt, runHarvest } from './testing/runs';
import { predictMoments } from '@/content/predictMoments';

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
  it('pauses each prediction two seconds after its fault, or once the overload shows', () => {
    expect(predictMoments(lesson).map((moment) => moment.pauseAt)).toEqual([
      4 * US_PER_S,
      4 * US_PER_S,
      4 * US_PER_S,
      4 * US_PER_S,
      3 * US_PER_S,
      // Three of everything has no timeline: running it decides.
      null,
    ]);
  });

  it('one crash, six partitions: harvest 5/6, yield whole', () => {
    const { last, whole } = meters({ replicas: 1, load: 60, crash: 'n3' }, true, 4);
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
    const left = meters({ replicas: 1, load: 60, crash: 'n1' }, true, 4);
    const right = meters({ replicas: 2, load: 60, crash: 'n1' }, true, 4);
    expect(percent(left.last.harvest)).toBe('83.3 %');
    expect(percent(right.last.yield)).toBe('100.0 %');
    expect(percent(right.last.harvest)).toBe('100.0 %');
    expect(percent(right.whole.harvest)).toBe('100.0 %');
    // n2 alone carries partition 1: about 60 % busy over the last 2 s.
    const late = right.series.samples.filter((s) => s.t > 2 * US_PER_S);
    const busy = late.reduce((sum, s) => sum + s.utilisation[1]!, 0) / late.length;
    expect(busy).toBeGreaterThan(0.5);
    expect(busy).toBeLessThan(0.7);
    expectInLesson(
      'yield 100.0 % and harvest 100.0 %, while the left side is at 83.3 % harvest',
      "Over the whole run the right side's harvest is still 100.0 %",
    );
  });

  it('above the remaining capacity, complete or fail pays in yield', () => {
    const { last } = meters({ replicas: 2, load: 150, policy: 'complete', crash: 'n1' }, true, 4);
    expect(percent(last.yield)).toBe('75.3 %');
    expect(percent(last.harvest)).toBe('100.0 %');
    expect([last.offered, last.answered, last.answered / 2]).toEqual([259, 195, 97.5]);
    expectInLesson(
      '259 queries arrived and 195 were answered, 97.5 a second',
      'yield 75.3 %',
      'Every answer is whole: harvest 100.0 %',
    );
  });

  it('the DQ principle: complete or fail and best effort deliver the same DQ', () => {
    const left = meters({ replicas: 2, load: 300, policy: 'complete' }, false, 4).last;
    const right = meters({ replicas: 2, load: 300, policy: 'best-effort' }, false, 4).last;
    const dq = (r: Reading) => r.dq.toFixed(1);
    expect([dq(left), dq(right)]).toEqual(['201.0', '200.8']);
    expect([percent(left.yield), percent(left.harvest)]).toEqual(['67.7 %', '100.0 %']);
    expect([percent(right.yield), percent(right.harvest)]).toEqual(['89.1 %', '75.9 %']);
    expectInLesson(
      '201.0 whole answers a second on the left and 200.8 on the right',
      'yield 67.7 % and harvest 100.0 %',
      'yield 89.1 % and harvest 75.9 %',
    );
  });

  it('at full capacity, unbounded queues collapse', () => {
    const bounded = meters({ replicas: 2, load: 300, policy: 'complete' }, false, 3);
    const unbounded = meters(
      { replicas: 2, load: 300, policy: 'complete', queue: 'unbounded' },
      false,
      3,
    );
    expect(percent(unbounded.last.yield)).toBe('0.0 %');
    expect(percent(bounded.last.yield)).toBe('69.2 %');
    expect(percent(unbounded.whole.yield)).toBe('10.0 %');
    expectInLesson(
      "right side's yield is 0.0 %; the left side's is 69.2 %",
      'yield on the right is 10.0 %',
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
