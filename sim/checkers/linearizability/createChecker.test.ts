import { describe, expect, it } from 'vitest';
import { createChecker } from './createChecker';
import { cas, read, write } from './operationBuilders';

describe('createChecker', () => {
  it('re-checks as operations arrive', () => {
    const checker = createChecker('register', 0);
    expect(checker.check()).toEqual({ linearizable: true });
    expect(checker.add(write(0, 1, 0, 1))).toEqual({ ok: true, index: 0 });
    expect(checker.add(read(1, 1, 2, 3))).toEqual({ ok: true, index: 1 });
    expect(checker.check()).toEqual({ linearizable: true });
    checker.add(read(1, 0, 4, 5));
    expect(checker.check()).toMatchObject({ linearizable: false, ops: [0, 2] });
    expect(checker.history().ops).toHaveLength(3);
  });

  it('keeps the verdicts of keys that did not change, and reports the first failing key', () => {
    const checker = createChecker('cas-register');
    checker.add(read(0, 9, 0, 1, { key: 'x' }));
    checker.add(write(1, 1, 0, 1, { key: 'y' }));
    expect(checker.check()).toMatchObject({ linearizable: false, key: 'x' });
    checker.add(read(1, 7, 2, 3, { key: 'y' }));
    expect(checker.check()).toMatchObject({ linearizable: false, key: 'x' });
  });

  it('rejects operations the model does not support, or with bad times', () => {
    const checker = createChecker('register');
    expect(checker.add(cas(0, [0, 1], true, 0, 1))).toEqual({
      ok: false,
      errors: ['ops[0].f: "cas" is not an operation of the "register" model'],
    });
    expect(checker.add(write(0, 1, 5, 3))).toEqual({
      ok: false,
      errors: ['ops[0].return: 3 is before call 5'],
    });
    expect(checker.history().ops).toEqual([]);
  });

  it('re-checks everything when the options change', () => {
    const checker = createChecker('register');
    checker.add(write(0, 1, 0, 10));
    checker.add(write(1, 2, 0, 10));
    checker.add(read(2, 2, 11, 12));
    expect(checker.check({ searchStepsMax: 2 }).linearizable).toBe('unknown');
    expect(checker.check().linearizable).toBe(true);
  });
});
