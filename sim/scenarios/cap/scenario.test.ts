/**
 * The scenario's surface: parameters, the workload, operation checks, and how nodes look
 * and read in the inspector.
 */
import { describe, expect, it } from 'vitest';
import type { WorkloadContext } from '@/sim/core/workload';
import { createRng } from '@/sim/core/rng';
import { defaultParams } from '@/sim/core/params';
import { US_PER_MS } from '@/sim/core/time';
import { capRegister } from './index';
import { parseOp } from './registerTypes';
import { S, operations, request, runCap } from './testing/runs';

describe('cap scenario', () => {
  it('has the id the lesson links to, and parameters in range', () => {
    expect(capRegister.id).toBe('cap');
    expect(defaultParams(capRegister.params)).toEqual({
      nodes: 5,
      mode: 'cp',
      rate: 4,
      skew: 100 * US_PER_MS,
      mean: 100 * US_PER_MS,
      timeout: S,
    });
    expect(capRegister.nodes({ nodes: 3 })).toEqual(['n1', 'n2', 'n3']);
    expect(capRegister.network(defaultParams(capRegister.params)).latency).toEqual({
      kind: 'uniform',
      min: 50 * US_PER_MS,
      max: 150 * US_PER_MS,
    });
  });

  it('checks operations, and refuses a bad one with the reason', () => {
    expect(parseOp({ f: 'write', key: 'x', value: 3 })).toEqual({ f: 'write', key: 'x', value: 3 });
    expect(parseOp({ f: 'write', key: 'x', value: 'abc' })).toMatch(/whole-number/);
    expect(parseOp({ f: 'cas', key: 'x' })).toMatch(/unknown operation/);
    const sim = runCap(
      { mode: 'ap-lww', rate: 0 },
      [request(S, 'n1', { f: 'read', key: '' })],
      2 * S,
      1,
    );
    expect(operations(sim)[0]).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(/key/),
    });
  });

  it('generates one request per tick from an idle client, with the timeout', () => {
    const workload = capRegister.workload!;
    const params = defaultParams(capRegister.params);
    expect(workload.interval(params)).toBe(250_000);
    expect(workload.interval({ ...params, rate: 0 })).toBeNull();
    const context = (busy: (client: number) => boolean): WorkloadContext => ({
      rng: createRng(5),
      params,
      nodes: ['n1', 'n2', 'n3'],
      now: 2_345_678,
      busy,
    });
    expect(workload.next(context(() => true))).toBeNull();
    const op = workload.next(context((client) => client !== 2))!;
    expect(op).toMatchObject({ node: 'n2', client: 2, timeout: S });
    expect(['x', 'y']).toContain(op.op.key);
    if (op.op.f === 'write') expect(op.op.value).toBe(2345);
  });

  it('describes AP replicas and crashed ones', () => {
    const log = [
      request(S, 'n1', { f: 'write', key: 'x', value: 3 }),
      { at: 3 * S, type: 'crash', node: 'n2' } as const,
    ];
    const sim = runCap({ mode: 'ap-lww', rate: 0 }, log, 4 * S, 1);
    const view = (n: string) => sim.world.nodes.get(n)!.view;
    expect(capRegister.describe(view('n3'))).toEqual({
      status: 'replica',
      summary: 'x=3 · y=null',
      badge: ['x=3 y=–'],
    });
    expect(capRegister.describe(view('n2')).status).toBe('crashed');
    expect(capRegister.inspect(view('n2'))).toEqual([
      ['State', 'crashed'],
      ['Kept on disk', 'x=3'],
    ]);
    expect(capRegister.inspect(view('n1'))).toEqual([
      ['Role', 'replica'],
      ['x', '3, stamped 900 ms by n1'],
      ['y', 'null'],
      ['Clock', '100 ms slow'],
    ]);
  });

  it('lists the legend statuses the looks use', () => {
    expect(capRegister.legend.map((entry) => entry.status)).toEqual([
      'leader',
      'follower',
      'candidate',
      'replica',
      'crashed',
    ]);
  });
});
