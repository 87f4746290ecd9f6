import { describe, expect, it } from 'vitest';
import { defaultParams } from '@/sim/core/params';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { runCli } from './runCli';
import { runScenario } from './runScenario';
import { progressReporter } from './runVerb';
import { EXIT_USAGE, type CliIo } from './verb';

const S = 1_000_000;

function capture(clock?: () => number, files: Record<string, string> = {}) {
  const err: string[] = [];
  const out: string[] = [];
  const io: CliIo = {
    readText: (path) =>
      Object.hasOwn(files, path)
        ? { ok: true, text: files[path]! }
        : { ok: false, message: `${path}: cannot read it` },
    writeText: () => null,
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    ...(clock ? { now: clock } : {}),
  };
  return { io, err: () => err.join(''), out: () => out.join('') };
}

describe('bounded CLI runs', () => {
  it('refuses an --until past the scenario maximum, before running anything', () => {
    const { io, err, out } = capture();
    expect(runCli(['run', 'failure-detection', '--until', '60000m'], io)).toBe(EXIT_USAGE);
    expect(err()).toContain('--until: 60000m is past the longest run of failure-detection, 60m');
    expect(out()).toBe('');
  });

  it('lists the accepted units for a bad duration', () => {
    const { io, err } = capture();
    expect(runCli(['run', 'failure-detection', '--until', '5 minutes'], io)).toBe(EXIT_USAGE);
    expect(err()).toContain('units: us, µs, ms, s or m');
    const param = capture();
    runCli(['run', 'failure-detection', '--param', 'heartbeat=fast'], param.io);
    expect(param.err()).toMatch(/heartbeat: "fast" is not a duration.*us, µs, ms, s or m/);
  });

  it('lists the first problems of a huge bad command file, briefly, and counts the rest', () => {
    const bad = Array.from({ length: 5000 }, (_, i) => ({
      at: '1s',
      type: 'crash',
      node: `n${i + 9}`,
    }));
    const { io, err } = capture(undefined, { 'bad.json': JSON.stringify(bad) });
    expect(runCli(['run', 'failure-detection', '--commands', 'bad.json'], io)).toBe(EXIT_USAGE);
    const lines = err().trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(22);
    expect(lines.at(-2)).toMatch(/^sim: …and \d+ more problems$/);
    const seed = capture();
    runCli(['run', 'failure-detection', '--seed', 'q'.repeat(100_000)], seed.io);
    expect(seed.err().length).toBeLessThan(1000);
  });

  it('stops a run at its memory bound, with a message', () => {
    const params = defaultParams(failureDetector.params);
    const request = { scenario: failureDetector, params, seed: 1, commands: [] };
    const result = runScenario({ ...request, untilUs: 600 * S, traceEntriesMax: 5000 });
    expect(result.stopped).toMatch(/^stopped at .*: the run reached 5,000 trace entries/);
    expect(result.summary.traceEntries).toBeGreaterThanOrEqual(5000);
    expect(result.summary.endUs).toBeLessThan(600 * S);
    expect(runScenario({ ...request, untilUs: 10 * S }).stopped).toBeNull();
  });

  it('reports progress on stderr every two seconds of wall time, and only then', () => {
    let wall = 0;
    const { io, err } = capture(() => wall);
    const report = progressReporter(io, 60 * S)!;
    report(1 * S, 100_000);
    wall = 1999;
    report(2 * S, 200_000);
    expect(err()).toBe('');
    wall = 2000;
    report(30 * S, 300_000);
    expect(err()).toBe('sim: at 30.00 s of 60.00 s (50%), 300,000 events…\n');
    expect(progressReporter(capture().io, 60 * S)).toBeUndefined();
  });

  it('calls back with progress during a long run', () => {
    const params = defaultParams(failureDetector.params);
    const seen: number[] = [];
    runScenario({
      scenario: failureDetector,
      params,
      seed: 1,
      commands: [],
      untilUs: 60 * S,
      progressEvents: 1000,
      onProgress: (now) => seen.push(now),
    });
    // About 4,000 events in a minute at 5 nodes: a call after each 1,000.
    expect(seen.length).toBe(3);
    expect(seen[0]).toBeLessThan(seen[1]!);
  });
});
