/**
 * The checker on histories of 100,000 operations: it decides the sequential ones in
 * seconds, and on one it cannot decide it stops at a bound it knows (steps, memory, or
 * a stop request) with "unknown", rather than running out of memory.
 */
import { describe, expect, it } from 'vitest';
import { checkLinearizability } from './checkLinearizability';
import { overlappingHistory, sequentialHistory } from './testing/largeHistories';

const LARGE = 100_000;
const STALE_AT = 50_001;

describe('checkLinearizability on large histories', () => {
  it('finds the one stale read among 100,000 sequential operations', () => {
    const history = sequentialHistory(LARGE, STALE_AT);
    const verdict = checkLinearizability(history);
    expect(verdict.linearizable).toBe(false);
    if (verdict.linearizable !== false) return;
    expect(verdict.ops).toContain(STALE_AT);
    expect(verdict.explanation).toMatch(/read 25000/);
  }, 30_000);

  it('accepts 100,000 sequential operations without a stale read', () => {
    expect(checkLinearizability(sequentialHistory(LARGE))).toEqual({ linearizable: true });
  }, 30_000);

  it('answers unknown at the memory bound on 100,000 operations from 60 clients', () => {
    const history = overlappingHistory(LARGE, 60);
    const verdict = checkLinearizability(history, { cacheBytesMax: 8 * 2 ** 20 });
    expect(verdict).toMatchObject({ linearizable: 'unknown', limit: 'memory' });
    if (verdict.linearizable === 'unknown') expect(verdict.reason).toMatch(/more than 8 MB/);
  }, 30_000);

  it('answers unknown at the step bound', () => {
    const verdict = checkLinearizability(overlappingHistory(2000, 60), {
      searchStepsMax: 300_000,
    });
    expect(verdict).toMatchObject({ linearizable: 'unknown', limit: 'steps' });
  });

  it('reports progress, and stops when asked to', () => {
    const seen: number[] = [];
    const verdict = checkLinearizability(overlappingHistory(2000, 60), {
      onProgress: ({ done, total }) => {
        expect(total).toBe(2000);
        expect(done).toBeLessThanOrEqual(total);
        seen.push(done);
        return seen.length === 3;
      },
    });
    expect(seen).toHaveLength(3);
    expect(verdict).toMatchObject({ linearizable: 'unknown', limit: 'stopped' });
  });

  it('builds the overlapping history as described: 60 clients, none overlapping itself', () => {
    const history = overlappingHistory(6000, 60);
    expect(new Set(history.ops.map((op) => op.process)).size).toBe(60);
    const lastReturn = new Map<number, number>();
    for (const op of history.ops) {
      expect(op.call).toBeGreaterThan(lastReturn.get(op.process) ?? -1);
      lastReturn.set(op.process, op.return ?? Infinity);
    }
    // Every operation overlaps dozens of others.
    const middle = history.ops[3000]!;
    const overlapping = history.ops.filter(
      (op) => op.call < (middle.return ?? 0) && (op.return ?? 0) > middle.call,
    );
    expect(overlapping.length).toBeGreaterThan(30);
  });
});
