import { describe, expect, it } from 'vitest';
import { runCli } from '@/sim/cli/runCli';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '@/sim/cli/verb';

function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) =>
      Object.hasOwn(files, path) ? { ok: true, text: files[path]! } : { ok: false, message: path },
    writeText: () => null,
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
  };
  const code = runCli(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

const ARGS = ['run', 'harvest-yield', '--param', 'machines=6'];

describe('npm run sim -- run harvest-yield', { timeout: 30_000 }, () => {
  it('reports the nodes and the whole run’s meters', () => {
    const { code, out } = cli([
      ...ARGS,
      ...[
        '--param',
        'replicas=2',
        '--param',
        'load=400',
        '--param',
        'capacity=100',
        '--param',
        'deadline=200ms',
      ],
      ...['--param', 'policy=complete', '--param', 'queue=bounded', '--until', '5s', '--json'],
    ]);
    expect(code).toBe(EXIT_OK);
    const summary = JSON.parse(out);
    expect(summary.nodes).toEqual(['fe', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
    expect(summary.metrics).toMatchObject({
      offered: expect.any(Number),
      answered: expect.any(Number),
      dq: expect.any(Number),
    });
    const { offered, answered, latency } = summary.metrics;
    expect(summary.metrics.yield).toBeCloseTo(answered / offered, 4);
    // 400 queries/s on a service of 200: about half are answered, each in full.
    expect(summary.metrics.yield).toBeGreaterThan(0.45);
    expect(summary.metrics.yield).toBeLessThan(0.55);
    expect(summary.metrics.harvest).toBe(1);
    expect(latency.p50).toBeGreaterThan(0);
    expect(latency.p99).toBeGreaterThanOrEqual(latency.p50);
    expect(latency.p99).toBeLessThanOrEqual(200);
  });

  it('lets a commands file crash a machine', () => {
    const crash = JSON.stringify([{ at: '1s', type: 'crash', node: 'n2' }]);
    const { code, out } = cli(
      [...ARGS, '--param', 'replicas=1', '--commands', 'c.json', '--until', '3s', '--json'],
      { 'c.json': crash },
    );
    expect(code).toBe(EXIT_OK);
    const summary = JSON.parse(out);
    expect(summary.counts.crash).toBe(1);
    expect(summary.metrics.harvest).toBeLessThan(1);
  });

  it('exits 2 naming parameters that cannot be met', () => {
    const bad = cli([...ARGS, '--param', 'replicas=4', '--param', 'load=0']);
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.err).toContain('load');
    const uneven = cli([...ARGS, '--param', 'replicas=4']);
    expect(uneven.code).toBe(EXIT_USAGE);
    expect(uneven.err).toContain('replicas: 4 does not divide machines (6)');
  });
});
