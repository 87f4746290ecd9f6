import { describe, expect, it } from 'vitest';
import { parseCommandsJson } from '@/sim/core/commandJson';
import { defaultParams } from '@/sim/core/params';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { formatRunJson, formatTraceLines } from './formatRun';
import { runScenario, type RunRequest } from './runScenario';

const params = defaultParams(failureDetector.params);

/** The example log from the CLI's help and the design brief. */
const EXAMPLE_LOG = JSON.stringify([
  {
    at: '2s',
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: '6s', type: 'heal' },
  { at: '3s', type: 'crash', node: 'n3' },
  { at: '4s', type: 'restart', node: 'n3' },
]);

function exampleRequest(seed: number): RunRequest {
  const parsed = parseCommandsJson(EXAMPLE_LOG, {
    nodes: failureDetector.nodes(params),
    params: failureDetector.params,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return {
    scenario: failureDetector,
    params,
    seed,
    commands: parsed.commands,
    untilUs: 10_000_000,
  };
}

describe('runScenario', () => {
  it('is deterministic: the same request prints byte-identical output', () => {
    for (const seed of [1, 7, 4_294_967_295]) {
      const first = runScenario(exampleRequest(seed));
      const second = runScenario(exampleRequest(seed));
      expect(formatRunJson(second.summary), `seed ${seed}`).toBe(formatRunJson(first.summary));
      expect(formatTraceLines(second.trace), `seed ${seed}`).toBe(formatTraceLines(first.trace));
    }
  });

  it('gives different runs for different seeds', () => {
    const hashes = [1, 2, 3].map((seed) => runScenario(exampleRequest(seed)).summary.traceHash);
    expect(new Set(hashes).size).toBe(3);
  });

  it('replays the example log: one of each fault, and partition drops', () => {
    const { summary, trace } = runScenario(exampleRequest(7));
    expect(summary.counts).toMatchObject({ crash: 1, restart: 1, partition: 1, heal: 1 });
    const partitionDrops = trace.filter((e) => e.type === 'drop' && e.reason === 'partition');
    expect(partitionDrops.length).toBeGreaterThan(0);
    expect(summary.commands).toEqual([
      {
        at: '2s',
        type: 'partition',
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
      { at: '3s', type: 'crash', node: 'n3' },
      { at: '4s', type: 'restart', node: 'n3' },
      { at: '6s', type: 'heal' },
    ]);
  });

  it('reports the documented keys, in order, with readable times', () => {
    const { summary, trace } = runScenario({ ...exampleRequest(7), commands: [] });
    expect(Object.keys(summary)).toEqual([
      'scenario',
      'seed',
      'params',
      'until',
      'untilUs',
      'end',
      'endUs',
      'events',
      'counts',
      'traceEntries',
      'traceHash',
      'commands',
      'nodes',
    ]);
    expect(summary).toMatchObject({ scenario: 'failure-detection', seed: 7, until: '10s' });
    expect(summary.params).toEqual({
      nodes: 5,
      heartbeat: '500ms',
      timeout: '1500ms',
      latency: 'exponential',
      mean: '120ms',
      loss: 0,
    });
    expect(summary.endUs).toBe(10_000_000);
    expect(summary.traceEntries).toBe(trace.length);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(trace.length);
    expect(Object.keys(summary.counts)).toEqual(Object.keys(summary.counts).sort());
    expect(trace.every((entry) => entry.at <= 10_000_000)).toBe(true);
  });
});
