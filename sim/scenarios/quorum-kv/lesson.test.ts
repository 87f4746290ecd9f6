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
        repairs: 226,
        reads: 810,
        stale: 0,
        stalePercent: 0,
        staleWithinMs: 0,
        versionsBehindMax: 0,
        readMs: 17.1,
        writeMs: 16.9,
      },
      partial: {
        repairs: 228,
        reads: 793,
        stale: 22,
        stalePercent: 2.8,
        staleWithinMs: 32.6,
        versionsBehindMax: 2,
        readMs: 8.4,
        writeMs: 7.4,
      },
      partialNoRepair: {
        repairs: 0,
        reads: 825,
        stale: 25,
        stalePercent: 3,
        staleWithinMs: 41.7,
        versionsBehindMax: 1,
        readMs: 8.5,
        writeMs: 8.2,
      },
      predicted: { atZero: 75.2, atTen: 90.9, visible999: 53.9, kOne: 66.7 },
      strict: {
        minorityRequests: 94,
        minorityRefused: 94,
        refused: 107,
        handedBack: 0,
        merkleCompared: 48,
        stale: 0,
      },
      sloppy: {
        minorityRequests: 91,
        minorityRefused: 0,
        refused: 0,
        handedBack: 6,
        merkleCompared: 309,
        stale: 89,
      },
      entropyOn: { replicas: ['n4', 'n3', 'n1'], lagging: true, convergedMs: 600, compared: 32 },
      entropyOff: { replicas: ['n4', 'n3', 'n1'], lagging: true, convergedMs: null, compared: 0 },
    });
  }, 60_000);

  it('quotes them in its prose', () => {
    const { majority, partial, partialNoRepair, predicted, strict, sloppy, entropyOn } = figures;
    const quoted = [
      `serves ${majority.reads} reads in 20 seconds`,
      `the median read takes ${majority.readMs} ms and the median write ${majority.writeMs} ms`,
      `${partial.stale} of ${partial.reads} reads, ${partial.stalePercent} %`,
      `The stalest missed ${partial.versionsBehindMax} writes`,
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
  });
});
