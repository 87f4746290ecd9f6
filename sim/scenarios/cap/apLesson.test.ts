/**
 * The AP side of the lesson, on fixed seeds and with the generated traffic off, so every
 * request is one of ours. With the cluster cut into {n1, n2} and {n3, n4, n5}:
 * - last-write-wins answers everyone, then, with n1's clock 100 ms slow and n5's 100 ms
 *   fast, silently discards a write that was acknowledged after another had completed;
 * - siblings keep both concurrent writes, and a read returns both until a client that
 *   has seen them writes again;
 * - mixed mode refuses x in the minority (CP) while it still serves y (AP).
 */
import { describe, expect, it } from 'vitest';
import { capMetrics, historyFromTrace } from '@/sim/checkers/history';
import { checkLinearizability } from '@/sim/checkers/linearizability';
import type { Command } from '@/sim/core/commands';
import { US_PER_MS } from '@/sim/core/time';
import { capRegister } from './scenario';
import { S, contextOf, operations, request, runCap } from './testing/runs';

const nodes = ['n1', 'n2', 'n3', 'n4', 'n5'];
const split: Command[] = [
  {
    at: 2 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5'],
    ],
  },
  { at: 5 * S, type: 'heal' },
];
const quiet = { rate: 0 };

describe('cap, AP last-write-wins', () => {
  const log: Command[] = [
    ...split,
    request(3 * S, 'n5', { f: 'write', key: 'y', value: 1 }), // stamped 3.100 s
    request(3 * S + 50 * US_PER_MS, 'n1', { f: 'write', key: 'y', value: 2 }), // 2.950 s
    request(4 * S, 'n2', { f: 'read', key: 'y' }),
    request(4 * S, 'n3', { f: 'read', key: 'y' }),
    request(9 * S, 'n1', { f: 'read', key: 'y' }),
  ];

  it('answers both sides during the partition, each from its own copy', () => {
    const sim = runCap({ mode: 'ap-lww', ...quiet }, log, 4 * S, 7);
    const ops = operations(sim);
    expect(ops.map((op) => [op.node, op.status, op.result ?? null])).toEqual([
      ['n5', 'ok', null],
      ['n1', 'ok', null],
      ['n2', 'ok', 2],
      ['n3', 'ok', 1],
    ]);
  });

  it('loses the later acknowledged write after the heal, and the metrics count it', () => {
    const sim = runCap({ mode: 'ap-lww', ...quiet }, log, 10 * S, 7);
    for (const node of nodes)
      expect(contextOf(sim, node).ap.lww.y, node).toMatchObject({ value: 1 });
    const lastRead = operations(sim).at(-1)!;
    expect(lastRead).toMatchObject({ node: 'n1', status: 'ok', result: 1 });
    const metrics = capMetrics(sim.trace, sim.traceEnd);
    expect(metrics).toMatchObject({ refused: 0, timedOut: 0, lostWrites: 1, staleReads: 2 });
    expect(metrics.lostWriteRequests).toEqual([2]); // n1's write of 2
    const verdict = checkLinearizability(historyFromTrace(sim.trace, sim.traceEnd));
    expect(verdict.linearizable).toBe(false);
  });

  it('loses it even without a partition, when the writes race within the skew', () => {
    const racing = log.filter((command) => command.type === 'request');
    const sim = runCap({ mode: 'ap-lww', ...quiet }, racing, 10 * S, 7);
    expect(capMetrics(sim.trace, sim.traceEnd).lostWrites).toBe(1);
    const noSkew = runCap({ mode: 'ap-lww', skew: 0, ...quiet }, racing, 10 * S, 7);
    expect(capMetrics(noSkew.trace, noSkew.traceEnd).lostWrites).toBe(0);
    expect(contextOf(noSkew, 'n3').ap.lww.y).toMatchObject({ value: 2 });
  });
});

describe('cap, AP siblings', () => {
  const log: Command[] = [
    ...split,
    request(3 * S, 'n1', { f: 'write', key: 'x', value: 1 }),
    request(3 * S, 'n4', { f: 'write', key: 'x', value: 2 }),
    request(8 * S, 'n3', { f: 'read', key: 'x' }),
    request(9 * S, 'n3', { f: 'write', key: 'x', value: 3 }),
    request(11 * S, 'n1', { f: 'read', key: 'x' }),
  ];

  it('keeps both concurrent writes and returns them as siblings', () => {
    const sim = runCap({ mode: 'ap-siblings', ...quiet }, log, 8 * S, 11);
    expect(operations(sim).at(-1)).toMatchObject({ node: 'n3', status: 'ok', result: [1, 2] });
    const view = sim.world.nodes.get('n2')!.view;
    expect(capRegister.describe(view).summary).toBe('x=[1,2] siblings · y=null');
    const metrics = capMetrics(sim.trace, sim.traceEnd);
    expect(metrics).toMatchObject({ siblingReads: 1, lostWrites: 0, refused: 0 });
    // A read of siblings is not a read of one register value: the checker says so.
    const verdict = checkLinearizability(historyFromTrace(sim.trace, sim.traceEnd));
    expect(verdict.linearizable).toBe(false);
  });

  it('replaces the siblings a client has seen when it writes again', () => {
    const sim = runCap({ mode: 'ap-siblings', ...quiet }, log, 12 * S, 11);
    expect(operations(sim).at(-1)).toMatchObject({ node: 'n1', status: 'ok', result: 3 });
    for (const node of nodes) expect(contextOf(sim, node).ap.siblings.x).toHaveLength(1);
  });
});

describe('cap, mixed', () => {
  it('refuses the CP key in the minority while it serves the AP key', () => {
    const log: Command[] = [
      ...split,
      request(4 * S, 'n1', { f: 'write', key: 'x', value: 1 }),
      request(4 * S, 'n2', { f: 'write', key: 'y', value: 2 }),
      request(4 * S, 'n4', { f: 'write', key: 'x', value: 3 }),
    ];
    const sim = runCap({ mode: 'mixed', ...quiet }, log, 5 * S, 2);
    const [x1, y2, x3] = operations(sim);
    expect(x1!.status).not.toBe('ok');
    expect(y2).toMatchObject({ status: 'ok', return: 4 * S });
    expect(x3).toMatchObject({ status: 'ok' });
    const summary = capRegister.describe(sim.world.nodes.get('n2')!.view).summary;
    expect(summary).toMatch(/^x=null \((follower|candidate), term \d+\) · y=2$/);
  });
});
