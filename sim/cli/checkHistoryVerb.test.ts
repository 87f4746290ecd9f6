/**
 * check-history at its limits: a history it cannot decide answers "unknown" with the
 * reason, in JSON and in words, and exits 3; never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import {
  overlappingHistory,
  sequentialHistory,
} from '@/sim/checkers/linearizability/testing/largeHistories';
import { runCli } from './runCli';
import { EXIT_UNKNOWN } from './checkHistoryVerb';
import { EXIT_USAGE } from './verb';
import { memoryIo } from './memoryIo.testkit';

function cli(argv: string[], files: Record<string, string>, now?: () => number) {
  const memory = memoryIo(files, now);
  const code = runCli(argv, memory.io);
  return { code, out: memory.out(), err: memory.err() };
}

const overlapping = JSON.stringify(overlappingHistory(100_000, 60));

describe('check-history limits', () => {
  it('answers unknown with exit code 3 at the memory limit, on 100,000 overlapping operations', () => {
    const { code, out, err } = cli(['check-history', 'h.json', '--memory-max', '16'], {
      'h.json': overlapping,
    });
    expect(code).toBe(EXIT_UNKNOWN);
    expect(JSON.parse(out)).toMatchObject({
      linearizable: 'unknown',
      operations: 100_000,
      limit: 'memory',
    });
    expect(err).toMatch(/^sim: could not decide: gave up on key "x" .*more than 16 MB/);
  }, 60_000);

  it('answers unknown at the step limit', () => {
    const small = JSON.stringify(overlappingHistory(2000, 60));
    const { code, out } = cli(['check-history', 'h.json', '--steps-max', '1000'], {
      'h.json': small,
    });
    expect(code).toBe(EXIT_UNKNOWN);
    expect(JSON.parse(out)).toMatchObject({ linearizable: 'unknown', limit: 'steps' });
  });

  it('stops at --timeout', () => {
    let clock = 0;
    const small = JSON.stringify(overlappingHistory(2000, 60));
    // Each look at the clock moves it on a second.
    const { code, out, err } = cli(
      ['check-history', 'h.json', '--timeout', '3s'],
      { 'h.json': small },
      () => (clock += 1000),
    );
    expect(code).toBe(EXIT_UNKNOWN);
    expect(JSON.parse(out)).toMatchObject({ linearizable: 'unknown', limit: 'stopped' });
    expect(err).toMatch(/could not decide: the time limit of 3 s ran out/);
  });

  it('decides 100,000 sequential operations, one of them a stale read', () => {
    const stale = JSON.stringify(sequentialHistory(100_000, 50_001));
    const { code, out } = cli(['check-history', 'h.json', '--timeout', '2m'], { 'h.json': stale });
    expect(code).toBe(0);
    const verdict = JSON.parse(out);
    expect(verdict.linearizable).toBe(false);
    expect(verdict.offending.map((op: { index: number }) => op.index)).toContain(50_001);
  }, 60_000);

  it('refuses bad limits with exit code 2, naming the units a timeout takes', () => {
    const files = { 'h.json': JSON.stringify(sequentialHistory(4)) };
    const timeout = cli(['check-history', 'h.json', '--timeout', '30'], files);
    expect(timeout.code).toBe(EXIT_USAGE);
    expect(timeout.err).toContain(
      '--timeout: "30" is not a duration above 0 with a unit: us, ms, s or m',
    );
    expect(cli(['check-history', 'h.json', '--steps-max', '-5'], files).code).toBe(EXIT_USAGE);
    expect(cli(['check-history', 'h.json', '--memory-max', 'lots'], files).code).toBe(EXIT_USAGE);
  });

  it('documents exit code 3 in its help', () => {
    const { out } = cli(['check-history', '--help'], {});
    expect(out).toContain('--timeout <duration>');
    expect(out).toMatch(/3 could not decide/);
  });
});
