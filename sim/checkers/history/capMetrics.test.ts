import { describe, expect, it } from 'vitest';
import { capMetrics } from './capMetrics';
import { r, traceOf, w } from './traceBuilder.testkit';

describe('capMetrics: availability', () => {
  it('counts refusals, connection refusals, timeouts and open requests', () => {
    const trace = traceOf([
      { ...w(1, 'n1', 'x', 1, 10, 10, 'fail'), reason: 'no quorum: n1 cannot reach a majority' },
      { ...r(2, 'n2', 'x', undefined, 10, 10, 'fail'), reason: 'connection refused: node is down' },
      { ...w(3, 'n3', 'x', 2, 10, 1010, 'info'), reason: 'timed out' },
      w(4, 'n4', 'x', 3, 20, null),
      w(5, 'n5', 'x', 4, 20, 30),
    ]);
    expect(capMetrics(trace)).toMatchObject({
      requests: 5,
      ok: 1,
      refused: 2,
      connectionRefused: 1,
      timedOut: 1,
      pending: 1,
    });
  });
});

describe('capMetrics: stale reads', () => {
  it('flags a read of a value overwritten by a write acknowledged before it began', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 10, 20),
      w(2, 'n2', 'x', 2, 30, 40),
      r(3, 'n3', 'x', 1, 50, 60),
    ]);
    expect(capMetrics(trace)).toMatchObject({ staleReads: 1, staleReadRequests: [3] });
  });

  it('flags a read of the initial null after an acknowledged write', () => {
    const trace = traceOf([w(1, 'n1', 'x', 1, 10, 20), r(2, 'n2', 'x', null, 30, 31)]);
    expect(capMetrics(trace).staleReads).toBe(1);
  });

  it('does not flag reads that a linearizable register could return', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 10, 50), // overlaps the write of 2: either may be last
      w(2, 'n2', 'x', 2, 20, 30),
      r(3, 'n3', 'x', 1, 60, 61),
      r(4, 'n4', 'x', 2, 25, 26), // concurrent with the write of 2
      w(5, 'n5', 'x', 9, 70, 80, 'info'), // unknown outcome: may land any time
      r(3, 'n3', 'x', 9, 200, 201),
      r(4, 'n4', 'y', null, 5, 6), // another key
    ]);
    expect(capMetrics(trace).staleReads).toBe(0);
  });

  it('flags sibling reads that missed an acknowledged write, and counts siblings', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 10, 11),
      w(2, 'n2', 'x', 2, 10, 11),
      w(3, 'n3', 'x', 3, 20, 21),
      r(4, 'n4', 'x', [1, 2], 30, 31),
      r(5, 'n5', 'x', [2, 3], 30, 31),
    ]);
    expect(capMetrics(trace)).toMatchObject({
      staleReads: 1,
      staleReadRequests: [4],
      siblingReads: 2,
      siblingReadRequests: [4, 5],
    });
  });
});

describe('capMetrics: lost writes', () => {
  it('counts a write its replica replaced by an older one (LWW with a slow clock)', () => {
    // n5 (fast clock) takes 1; then n1 (slow clock) takes 2 and acknowledges it; once
    // they sync, n1 keeps 1, which was written before 2 was even asked for.
    const trace = traceOf([
      w(5, 'n5', 'y', 1, 100, 100),
      w(1, 'n1', 'y', 2, 150, 150),
      r(1, 'n1', 'y', 1, 900, 900),
    ]);
    expect(capMetrics(trace)).toMatchObject({ lostWrites: 1, lostWriteRequests: [2] });
  });

  it('counts a loss seen at a replica that had served the value in a read', () => {
    const trace = traceOf([
      w(5, 'n5', 'y', 1, 100, 100),
      w(1, 'n1', 'y', 2, 150, 150),
      r(2, 'n2', 'y', 2, 200, 200), // n2 had 2
      r(2, 'n2', 'y', 1, 900, 900), // and later went back to 1
    ]);
    expect(capMetrics(trace).lostWriteRequests).toEqual([2]);
  });

  it('does not count a write replaced by a later or a concurrent one', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 100, 100),
      w(2, 'n2', 'x', 2, 200, 200), // follows 1
      r(1, 'n1', 'x', 2, 300, 300),
      w(3, 'n3', 'y', 3, 100, 400), // overlaps the write of 4
      w(4, 'n4', 'y', 4, 150, 160),
      r(3, 'n3', 'y', 4, 500, 500),
    ]);
    expect(capMetrics(trace).lostWrites).toBe(0);
  });

  it('does not count a write only missing at a replica that never had it', () => {
    const trace = traceOf([
      w(1, 'n1', 'x', 1, 100, 100),
      w(2, 'n2', 'x', 2, 200, 200),
      r(3, 'n3', 'x', 1, 300, 300),
    ]);
    expect(capMetrics(trace)).toMatchObject({ lostWrites: 0, staleReads: 1 });
  });
});
