/**
 * Every number in content/quorums.mdx comes from these runs: the figures are pinned here,
 * and each sentence that quotes one is looked for in the lesson, built from the figure.
 * A change to the store that changes a number fails here, and the prose is updated with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictMoments } from '@/content/predictMoments';
import { StalenessMeter } from '../quorums/staleness';
import {
  LESSON_SPLIT,
  LESSON_UNTIL,
  lessonFigures,
  lessonRun,
  minorityRefused,
  splitMoments,
  SPLIT_UNTIL,
  staleReadSeen,
} from './testing/lessonRuns';

const lesson = readFileSync(join(process.cwd(), 'content', 'quorums.mdx'), 'utf8');

describe('the quorums lesson', () => {
  const figures = lessonFigures();

  it('pins the figures of its runs', () => {
    expect(figures).toEqual({
      majority: {
        repairs: 221,
        reads: 708,
        stale: 0,
        stalePercent: 0,
        staleWithinMs: 0,
        versionsBehindMax: 0,
        readMs: 16.4,
        writeMs: 15.8,
      },
      partial: {
        repairs: 278,
        reads: 736,
        stale: 17,
        stalePercent: 2.3,
        staleWithinMs: 21.7,
        versionsBehindMax: 1,
        readMs: 8.2,
        writeMs: 7.5,
      },
      partialNoRepair: {
        repairs: 0,
        reads: 754,
        stale: 26,
        stalePercent: 3.4,
        staleWithinMs: 28,
        versionsBehindMax: 1,
        readMs: 8,
        writeMs: 7.6,
      },
      predicted: { atZero: 75.4, atTen: 90.9, visible999: 54.5, kOne: 66.7 },
      strict: {
        minorityRequests: 80,
        minorityRefused: 80,
        refused: 83,
        handedBack: 0,
        merkleCompared: 101,
        stale: 0,
      },
      sloppy: {
        minorityRequests: 95,
        minorityRefused: 0,
        refused: 0,
        handedBack: 4,
        merkleCompared: 296,
        stale: 79,
      },
      entropyOn: { replicas: ['n4', 'n3', 'n1'], lagging: true, convergedMs: 550, compared: 32 },
      entropyOff: { replicas: ['n4', 'n3', 'n1'], lagging: true, convergedMs: null, compared: 0 },
    });
  }, 60_000);

  it('quotes them in its prose', () => {
    const { majority, partial, partialNoRepair, predicted, strict, sloppy, entropyOn } = figures;
    const quoted = [
      `serves ${majority.reads} reads in 20 seconds`,
      `the median read takes ${majority.readMs} ms and the median write ${majority.writeMs} ms`,
      `${partial.stale} of ${partial.reads} reads, ${partial.stalePercent} %`,
      `none missed more than ${partial.versionsBehindMax} write,`,
      `within ${partial.staleWithinMs} ms of the commit`,
      `the median read falls to ${partial.readMs} ms and the median write to ${partial.writeMs} ms`,
      `consistent ${predicted.atZero} % of the time`,
      `10 ms later ${predicted.atTen} % of the time`,
      `by ${predicted.visible999} ms 99.9 % of reads`,
      `Why ${partial.stalePercent} % overall`,
      `send ${strict.minorityRequests} requests during the cut and all ${strict.minorityRefused} fail`,
      `send ${sloppy.minorityRequests} requests during the cut and none is refused`,
      `the run has ${sloppy.stale} stale reads`,
      `hand back ${sloppy.handedBack} hinted keys`,
      `coordinators sent ${partial.repairs} repairs`,
      `${partialNoRepair.stale} stale reads out of ${partialNoRepair.reads}`,
      `up to date ${entropyOn.convergedMs} ms after the heal`,
      `compared ${entropyOn.compared} Merkle tree nodes`,
      `(${entropyOn.replicas.join(', ').replace(/, (\w+)$/, ' and $1')})`,
    ];
    for (const phrase of quoted) expect(lesson, phrase).toContain(phrase);
    expect(strict.stale).toBe(0);
    expect(sloppy.minorityRefused).toBe(0);
    expect(figures.entropyOff.convergedMs).toBeNull();
    // "About a quarter" of reads at the moment of a commit are stale; "about half" the time.
    expect(100 - predicted.atZero).toBeGreaterThan(22);
    expect(100 - predicted.atZero).toBeLessThan(28);
    expect(partial.readMs / majority.readMs).toBeLessThan(0.6);
    // "A little worse, not much" without repair.
    expect(partialNoRepair.stalePercent).toBeGreaterThan(partial.stalePercent);
  });

  it('pauses each prediction where the simulation has already decided it', () => {
    const { partial, entropyOn } = figures;
    const moments = { strictRefusedAt: 2_550_000, sloppyStaleAt: 2_490_000 };
    expect(splitMoments()).toEqual(moments);
    const S = 1_000_000;
    expect(predictMoments(lesson).map(({ pauseAt, marker }) => [pauseAt, marker])).toEqual([
      // The counts are over the whole run, so the moment is its end.
      [LESSON_UNTIL, '20 s of traffic, no stale read'],
      [LESSON_UNTIL, `20 s of traffic: ${partial.stale} stale reads`],
      [moments.strictRefusedAt, 'the first refusal on the cut side'],
      [moments.sloppyStaleAt, 'the first stale read on the cut side'],
      [3 * S + entropyOn.convergedMs! * 1000, 'n1 has caught up'],
    ]);
    for (const phrase of [
      'all 80 fail with "no quorum", the first at 2.55 s',
      'The first stale read returns at 2.49 s',
    ])
      expect(lesson, phrase).toContain(phrase);

    // At each moment the fact is true, and 10 ms before it was not.
    const strict = lessonRun({ r: 2, w: 2, quorum: 'strict' }, LESSON_SPLIT, SPLIT_UNTIL);
    strict.seek(moments.strictRefusedAt - 10_000);
    expect(minorityRefused(strict)).toBe(false);
    strict.seek(moments.strictRefusedAt);
    expect(minorityRefused(strict)).toBe(true);
    const sloppy = lessonRun({ r: 2, w: 2, quorum: 'sloppy' }, LESSON_SPLIT, SPLIT_UNTIL);
    sloppy.seek(moments.sloppyStaleAt - 10_000);
    expect(staleReadSeen(sloppy)).toBe(false);
    sloppy.seek(moments.sloppyStaleAt);
    const meter = new StalenessMeter();
    meter.update(sloppy.trace, sloppy.traceEnd);
    const stale = meter.samples.filter((sample) => !sample.consistent);
    expect(stale.length).toBeGreaterThan(0);
    // "on the cut side": coordinated by n1 or n2.
    expect(stale.every((sample) => ['n1', 'n2'].includes(sample.node))).toBe(true);
  }, 60_000);
});
