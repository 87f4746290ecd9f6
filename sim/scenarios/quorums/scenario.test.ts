/**
 * The scenario as a whole: a golden trace hash for a scripted run (a partition, a heal,
 * a crash), a minority partition under strict and sloppy quorums, and the CLI's report.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { hashTrace } from '@/sim/core/trace';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { traceOperations } from '@/sim/checkers/history';
import { runCli } from '@/sim/cli/runCli';
import { checkQuorumParams } from './params';
import { placement } from './ring';
import { ringOf } from './kvContext';
import { kvParams, simulateKv } from './testing/runs';

const S = US_PER_S;
const minority = ['n1', 'n2'];
const split: Command = { at: 1 * S, type: 'partition', groups: [minority, ['n3', 'n4', 'n5']] };

describe('quorums', () => {
  it('replays a scripted run to the same trace (golden hash)', () => {
    const commands: Command[] = [
      split,
      { at: 3 * S, type: 'heal' },
      { at: 4 * S, type: 'crash', node: 'n3' },
    ];
    const sim = simulateKv(kvParams({ quorum: 'sloppy' }), 7, 6 * S, commands);
    sim.seek(2 * S);
    sim.seek(6 * S);
    expect({ entries: sim.traceEnd, hash: hashTrace(sim.trace, sim.traceEnd) })
      .toMatchInlineSnapshot(`
        {
          "entries": 4541,
          "hash": "f00fb3927ccd4971",
        }
      `);
  });

  /** Writes from the minority side, on keys most of whose replicas are on the other side. */
  function minorityWrites(quorum: 'strict' | 'sloppy') {
    const params = kvParams({ quorum, n: 3, r: 2, w: 2, writes: 0, reads: 0, keys: 8 });
    const ring = ringOf(params);
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'].filter(
      (key) => placement(ring, key, 3).replicas.filter((id) => minority.includes(id)).length < 2,
    );
    const writes: Command[] = keys.flatMap((key, i) => [
      {
        at: 2 * S + i * 100 * US_PER_MS,
        type: 'request',
        node: 'n1',
        op: { f: 'write', key, value: i + 1 },
      },
      {
        at: 4 * S + i * 100 * US_PER_MS,
        type: 'request',
        node: 'n1',
        op: { f: 'write', key, value: i + 11 },
      },
    ]);
    const sim = simulateKv(params, 1, 8 * S, [split, ...writes]);
    return { keys, ops: traceOperations(sim.trace, sim.traceEnd) };
  }

  it('refuses writes on the minority side with strict quorums', () => {
    const { keys, ops } = minorityWrites('strict');
    expect(keys.length).toBeGreaterThan(0);
    expect(ops).toHaveLength(2 * keys.length);
    expect(ops.every((op) => op.status === 'fail')).toBe(true);
    // The first write to each key waits out the timeout; later ones are refused at once.
    expect(ops.some((op) => op.return === op.call)).toBe(true);
  });

  it('accepts them with sloppy quorums, by handing the writes to stand-ins', () => {
    const { ops } = minorityWrites('sloppy');
    expect(ops.every((op) => op.status === 'ok')).toBe(true);
  });

  it('checks combinations of parameters, naming the argument', () => {
    expect(checkQuorumParams(kvParams({ nodes: 3, n: 4, r: 1, w: 1 }))).toEqual([
      'n: 4 replicas per key is more than the 3 nodes (N ≤ M)',
    ]);
    expect(checkQuorumParams(kvParams({ n: 3, r: 4, w: 3 }))).toEqual([
      'r: R=4 is more than N=3 replicas (R ≤ N)',
    ]);
    expect(checkQuorumParams(kvParams())).toEqual([]);
  });
});

describe('npm run sim -- run quorums', () => {
  function cli(argv: string[]) {
    let out = '';
    let err = '';
    const code = runCli(argv, {
      out: (text) => (out += text),
      err: (text) => (err += text),
      readText: () => ({ ok: false, message: 'no files here' }),
      writeText: () => null,
    });
    return { code, out, err };
  }

  it('reports the nodes and the measured staleness', () => {
    const { code, out } = cli([
      'run',
      'quorums',
      '--param',
      'n=3',
      '--param',
      'r=1',
      '--param',
      'w=1',
      '--until',
      '20s',
      '--t',
      '0,5,50',
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.nodes).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
    expect(Object.keys(json.metrics.consistentAt)).toEqual(['0', '5', '50']);
    expect(json.metrics.reads).toBeGreaterThan(100);
    expect(json.metrics.staleReads).toBeGreaterThan(0);
    const sum = Object.values(json.metrics.readsAt as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(sum).toBe(json.metrics.reads);
  });

  it('exits 2 naming the argument for R > N, N > M and a bad --t', () => {
    const rOverN = cli(['run', 'quorums', '--param', 'r=4']);
    expect(rOverN.code).toBe(2);
    expect(rOverN.err).toContain('r: R=4 is more than N=3');
    const nOverM = cli(['run', 'quorums', '--param', 'nodes=3', '--param', 'n=5']);
    expect(nOverM.code).toBe(2);
    expect(nOverM.err).toContain('n: 5 replicas per key is more than the 3 nodes');
    const badT = cli(['run', 'quorums', '--t', '0,x']);
    expect(badT.code).toBe(2);
    expect(badT.err).toContain('--t: "0,x"');
  });
});
