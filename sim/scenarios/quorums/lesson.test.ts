/**
 * Every number in content/quorums.mdx comes from these runs: the figures are pinned here,
 * and each sentence that quotes one is looked for in the lesson, built from the figure.
 * A change to the store that changes a number fails here, and the prose is updated with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonFigures } from './testing/lessonRuns';

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
});
