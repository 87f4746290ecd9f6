import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '@/sim/core/trace';
import { US_PER_MS } from '@/sim/core/time';
import { binByTime, measureStaleness, stalenessMetrics } from './staleness';

const ms = US_PER_MS;
let request = 0;
function op(at: number, f: 'read' | 'write', value?: number, key = 'k1') {
  request++;
  return {
    at,
    type: 'invoke',
    node: 'n1',
    request,
    client: 1,
    op: f === 'write' ? { f, key, value } : { f, key },
  } as TraceEntry;
}
const done = (at: number, req: number, value?: unknown): TraceEntry =>
  ({
    at,
    type: 'complete',
    node: 'n1',
    request: req,
    status: 'ok',
    ...(value === undefined ? {} : { value }),
  }) as TraceEntry;

describe('measured staleness', () => {
  it('counts a read that missed the latest commit, by versions and by time', () => {
    request = 0;
    const trace: TraceEntry[] = [
      op(0, 'write', 1), // request 1
      done(5 * ms, 1),
      op(10 * ms, 'write', 2), // request 2
      done(12 * ms, 2),
      op(20 * ms, 'write', 3), // request 3
      done(22 * ms, 3),
      op(25 * ms, 'read'), // request 4: returns 1, two commits behind
      done(30 * ms, 4, 1),
      op(40 * ms, 'read'), // request 5: returns siblings with the latest
      done(41 * ms, 5, [2, 3]),
      op(50 * ms, 'write', 4), // request 6, not committed before the next read
      op(51 * ms, 'read'), // request 7: returns the uncommitted newer write
      done(52 * ms, 7, 4),
      done(53 * ms, 6),
    ];
    const samples = measureStaleness(trace);
    expect(samples.map((s) => [s.consistent, s.versionsBehind, s.sinceCommit / ms])).toEqual([
      [false, 2, 3],
      [true, 0, 18],
      [true, 0, 29],
    ]);
  });

  it('skips reads before any commit and failed reads', () => {
    request = 0;
    const trace: TraceEntry[] = [
      op(0, 'read'),
      done(1 * ms, 1, null),
      op(2 * ms, 'write', 1),
      done(3 * ms, 2),
      op(4 * ms, 'read'),
      { at: 5 * ms, type: 'complete', node: 'n1', request: 3, status: 'fail', reason: 'no quorum' },
      op(6 * ms, 'read'),
      done(7 * ms, 4, null),
    ];
    const samples = measureStaleness(trace);
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ consistent: false, versionsBehind: 1, sinceCommit: 3 * ms });
  });

  it('bins reads by time since commit and reports them as the CLI does', () => {
    request = 0;
    const trace: TraceEntry[] = [
      op(0, 'write', 1),
      done(1 * ms, 1),
      op(1 * ms, 'read'),
      done(2 * ms, 2, null),
      op(3 * ms, 'read'),
      done(4 * ms, 3, 1),
      op(20 * ms, 'read'),
      done(21 * ms, 4, 1),
    ];
    const bins = binByTime(measureStaleness(trace), [0, 1, 10]);
    expect(bins).toEqual([
      { fromMs: 0, toMs: 1, reads: 1, consistent: 0, meanMs: 0 },
      { fromMs: 1, toMs: 10, reads: 1, consistent: 1, meanMs: 2 },
      { fromMs: 10, toMs: null, reads: 1, consistent: 1, meanMs: 19 },
    ]);
    expect(stalenessMetrics(trace, [0, 1, 10])).toEqual({
      reads: 3,
      staleReads: 1,
      consistentAt: { '0': 0, '1': 1, '10': 1 },
      readsAt: { '0': 1, '1': 1, '10': 1 },
      versionsBehind: { '1': 1 },
    });
  });
});
