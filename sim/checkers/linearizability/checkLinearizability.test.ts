import { describe, expect, it } from 'vitest';
import { checkLinearizability } from './checkLinearizability';
import type { History, Operation } from './history';
import { cas, historyOf, read, write } from './operationBuilders';
import type { Verdict } from './verdict';

type Violation = Extract<Verdict, { linearizable: false }>;

function expectViolation(history: History): Violation {
  const verdict = checkLinearizability(history);
  if (verdict.linearizable !== false)
    throw new Error(`expected a violation, got ${JSON.stringify(verdict)}`);
  // The highlighted operations must be a counterexample on their own.
  const subset = historyOf(
    verdict.ops
      .map((index) => history.ops[index])
      .filter((op): op is Operation => op !== undefined),
    { model: history.model, init: history.init },
  );
  expect(checkLinearizability(subset).linearizable).toBe(false);
  return verdict;
}

const linearizable = (history: History) => checkLinearizability(history).linearizable;

describe('checkLinearizability: hand-written histories', () => {
  it('accepts the empty history', () => {
    expect(linearizable(historyOf([]))).toBe(true);
  });

  it('rejects a stale read', () => {
    const history = historyOf([write(0, 1, 0, 1), write(0, 2, 2, 3), read(1, 1, 4, 5)]);
    const verdict = expectViolation(history);
    expect(verdict.ops).toEqual([0, 1, 2]);
    expect(verdict.key).toBeNull();
    expect(verdict.explanation).toBe(
      "c1 read 1 at t=4, although c0's write of 2 had returned at t=3, replacing 1.",
    );
  });

  it('rejects a read from the future', () => {
    const history = historyOf([read(1, 1, 0, 1), write(0, 1, 2, 3)]);
    const verdict = expectViolation(history);
    expect(verdict.ops).toEqual([0, 1]);
    expect(verdict.explanation).toBe(
      "c1 read 1 by t=1, but the earliest operation that writes 1, c0's write of 1, began only at t=2.",
    );
  });

  it('never lets a failed write be read', () => {
    const failed = write(0, 1, 0, 1, { status: 'fail' });
    expect(linearizable(historyOf([failed, read(1, null, 2, 3)]))).toBe(true);
    const verdict = expectViolation(historyOf([failed, read(1, 1, 2, 3)]));
    expect(verdict.ops).toEqual([0, 1]);
    expect(verdict.explanation).toBe(
      "c1 read 1 (t=2–3), but the only operation that writes 1, c0's write of 1 (t=0–1), failed.",
    );
  });

  it('lets an unknown-outcome write take effect, late, or never', () => {
    const unknown = write(0, 1, 0, null, { status: 'info' });
    expect(linearizable(historyOf([unknown, read(1, 1, 5, 6)]))).toBe(true);
    expect(linearizable(historyOf([unknown, read(1, null, 5, 6)]))).toBe(true);
    expect(linearizable(historyOf([unknown, read(1, null, 5, 6), read(1, 1, 7, 8)]))).toBe(true);
    // Once it has been seen to take effect, it cannot be undone.
    expectViolation(historyOf([unknown, read(1, 1, 5, 6), read(1, null, 7, 8)]));
  });

  it('ignores reads that failed or timed out', () => {
    const history = historyOf([
      write(0, 1, 0, 1),
      read(1, 7, 2, 3, { status: 'fail' }),
      read(1, 8, 4, 5, { status: 'info' }),
    ]);
    expect(linearizable(history)).toBe(true);
  });

  it('finds the only order of concurrent writes that fits the reads', () => {
    const history = historyOf([
      write(0, 1, 0, 10),
      write(1, 2, 0, 10),
      read(2, 2, 3, 4),
      read(3, 1, 11, 12),
    ]);
    expect(linearizable(history)).toBe(true);
    // Swap what the readers saw and no order fits.
    const swapped = historyOf([
      write(0, 1, 0, 10),
      write(1, 2, 0, 10),
      read(2, 1, 3, 4),
      read(3, 2, 11, 12),
      read(4, 1, 13, 14),
    ]);
    expectViolation(swapped);
  });

  it('reads a compare-and-set that swapped, and one that found another value', () => {
    expect(
      linearizable(historyOf([write(0, 0, 0, 1), cas(1, [0, 1], true, 2, 3), read(2, 1, 4, 5)])),
    ).toBe(true);
    expect(
      linearizable(historyOf([write(0, 0, 0, 1), cas(1, [5, 1], false, 2, 3), read(2, 0, 4, 5)])),
    ).toBe(true);
    expectViolation(historyOf([write(0, 0, 0, 1), cas(1, [5, 1], true, 2, 3)]));
  });

  it('rejects a cas that reports a different value while the register surely held its from', () => {
    const verdict = expectViolation(historyOf([write(0, 0, 0, 1), cas(1, [0, 1], false, 2, 3)]));
    expect(verdict.ops).toEqual([0, 1]);
    expect(verdict.explanation).toBe(
      "c1's compare-and-set from 0 to 1 (t=2–3) failed, reporting that the value was not 0, but c0's write of 0 returned at t=1 and nothing could have changed it before t=3.",
    );
    const initial = expectViolation(historyOf([cas(1, [0, 1], false, 2, 3)], { init: 0 }));
    expect(initial.explanation).toContain('it was still the initial value 0');
  });

  it('rejects a read of an older value after another process saw a newer one', () => {
    const history = historyOf([
      write(0, 1, 0, 1),
      write(1, 2, 2, 10),
      read(2, 2, 3, 4),
      read(3, 1, 5, 6),
    ]);
    const verdict = expectViolation(history);
    expect(verdict.ops).toEqual([0, 1, 2, 3]);
    expect(verdict.explanation).toBe(
      'c3 read 1 at t=5, but c2 read 2 before that, by t=4, and 2 was written no earlier than t=2, after every earlier write of 1 had returned (the last at t=1).',
    );
  });

  it('rejects a read of a value nobody wrote', () => {
    const verdict = expectViolation(historyOf([write(0, 1, 0, 1), read(1, 7, 2, 3)]));
    expect(verdict.ops).toEqual([1]);
    expect(verdict.explanation).toBe('c1 read 7 (t=2–3), but no operation ever wrote 7.');
  });

  it('checks each key on its own', () => {
    const history = historyOf([
      write(0, 1, 0, 1, { key: 'a' }),
      read(1, null, 2, 3, { key: 'b' }),
      write(1, 5, 4, 5, { key: 'b' }),
      read(0, 1, 6, 7, { key: 'a' }),
      read(0, 5, 6, 7, { key: 'b' }),
    ]);
    expect(linearizable(history)).toBe(true);
    const broken = historyOf([...history.ops, read(2, null, 8, 9, { key: 'b' })]);
    const verdict = expectViolation(broken);
    expect(verdict.key).toBe('b');
    expect(verdict.explanation).toMatch(/^On key "b", c2 read no value/);
  });

  it('treats a call and a return at the same time as overlapping', () => {
    expect(linearizable(historyOf([write(0, 1, 0, 5), read(1, null, 5, 6)]))).toBe(true);
    expectViolation(historyOf([write(0, 1, 0, 5), read(1, null, 6, 7)]));
  });

  it('checks the plain register model', () => {
    const history = historyOf([write(0, 'x', 0, 1), read(1, 'x', 2, 3)], { model: 'register' });
    expect(linearizable(history)).toBe(true);
    expectViolation(historyOf([write(0, 'x', 0, 1), read(1, 'y', 2, 3)], { model: 'register' }));
  });

  it('keeps values of different types apart', () => {
    expectViolation(historyOf([write(0, 1, 0, 1), read(1, '1', 2, 3)]));
  });

  it('reports the longest legal prefix and the operations it left out', () => {
    const history = historyOf([write(0, 1, 0, 1), write(0, 2, 2, 3), read(1, 1, 4, 5)]);
    const verdict = expectViolation(history);
    expect(verdict.longestPrefix).toEqual([0, 1]);
    expect(verdict.unplaced).toEqual([2]);
  });

  it('answers unknown when the search budget runs out', () => {
    const history = historyOf([write(0, 1, 0, 10), write(1, 2, 0, 10), read(2, 2, 11, 12)]);
    const verdict = checkLinearizability(history, { searchStepsMax: 2 });
    expect(verdict).toEqual({
      linearizable: 'unknown',
      limit: 'steps',
      reason: 'gave up on the register (3 operations) after 2 search steps, the step limit.',
    });
    // A violation on another key is still definite.
    const withBrokenKey = historyOf([...history.ops, read(3, 9, 0, 1, { key: 'k' })]);
    expect(checkLinearizability(withBrokenKey, { searchStepsMax: 2 }).linearizable).toBe(false);
  });
});
