import { describe, expect, it } from 'vitest';
import { parseHistoryJson } from './parseHistoryJson';

const op = (fields: Record<string, unknown> = {}) => ({
  process: 0,
  f: 'write',
  value: 1,
  call: 0,
  return: 1,
  status: 'ok',
  ...fields,
});

const doc = (ops: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: 'cas-register', init: null, ops, ...extra });

function errorsOf(text: string): readonly string[] {
  const result = parseHistoryJson(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseHistoryJson', () => {
  it('parses every kind of operation', () => {
    const result = parseHistoryJson(
      doc(
        [
          op(),
          op({ f: 'read', value: 1, call: 2, return: 3, key: 'x' }),
          op({ f: 'cas', value: [1, 2], result: true, call: 4, return: 5 }),
          op({ f: 'cas', value: [1, 2], call: 6, return: null, status: 'info' }),
          op({ f: 'read', value: undefined, call: 7, return: 8, status: 'fail' }),
        ],
        { init: 0 },
      ),
    );
    expect(result).toEqual({
      ok: true,
      history: {
        model: 'cas-register',
        init: 0,
        ops: [
          { process: 0, key: null, f: 'write', value: 1, call: 0, return: 1, status: 'ok' },
          { process: 0, key: 'x', f: 'read', value: 1, call: 2, return: 3, status: 'ok' },
          {
            process: 0,
            key: null,
            f: 'cas',
            value: [1, 2],
            result: true,
            call: 4,
            return: 5,
            status: 'ok',
          },
          {
            process: 0,
            key: null,
            f: 'cas',
            value: [1, 2],
            result: null,
            call: 6,
            return: null,
            status: 'info',
          },
          { process: 0, key: null, f: 'read', value: null, call: 7, return: 8, status: 'fail' },
        ],
      },
    });
  });

  it('defaults init to null', () => {
    const result = parseHistoryJson(JSON.stringify({ model: 'register', ops: [] }));
    expect(result).toEqual({ ok: true, history: { model: 'register', init: null, ops: [] } });
  });

  it('reports invalid JSON with its position and never throws', () => {
    const [error] = errorsOf('{"model": "register", "ops": [}');
    expect(error).toBe('invalid JSON: unexpected "}" at line 1, column 31 (position 30)');
    expect(errorsOf('')[0]).toMatch(/^invalid JSON: /);
  });

  it('rejects a document that is not an object, or has no ops array', () => {
    expect(errorsOf('[1, 2]')).toEqual([
      'history: expected an object with "model", "init" and "ops", got an array',
    ]);
    expect(errorsOf(JSON.stringify({ model: 'register', ops: 3 }))).toEqual([
      'ops: expected an array of operations, got 3',
    ]);
    expect(errorsOf(JSON.stringify({ model: 'queue', ops: [] }))).toEqual([
      'model: expected "register" or "cas-register", got "queue"',
    ]);
  });

  it('names the op index and field of a missing field', () => {
    const { call: _call, ...withoutCall } = op();
    expect(errorsOf(doc([op(), withoutCall]))).toEqual([
      'ops[1].call: missing (expected a number)',
    ]);
    const { return: _return, ...withoutReturn } = op();
    expect(errorsOf(doc([withoutReturn]))).toEqual([
      'ops[0].return: missing (expected a number, or null if it never returned)',
    ]);
  });

  it('names the op index and field of a wrong type', () => {
    expect(errorsOf(doc([op({ process: 'p1' })]))).toEqual([
      'ops[0].process: expected an integer, got "p1"',
    ]);
    expect(errorsOf(doc([op({ value: { v: 1 } })]))).toEqual([
      'ops[0].value: expected a value (number, string, boolean or null), got an object',
    ]);
    expect(errorsOf(doc([op({ key: 7 })]))).toEqual([
      'ops[0].key: expected a string (or leave it out for the single register), got 7',
    ]);
    expect(errorsOf(doc(['write']))).toEqual(['ops[0]: expected an operation object, got "write"']);
  });

  it('rejects a bad status and a bad f', () => {
    expect(errorsOf(doc([op(), op(), op(), op({ status: 'done' })]))).toEqual([
      'ops[3].status: expected "ok", "fail" or "info", got "done"',
    ]);
    expect(errorsOf(doc([op({ f: 'append' })]))).toEqual([
      'ops[0].f: expected "read", "write" or "cas", got "append"',
    ]);
  });

  it('rejects a return before its call, and an ok operation that never returned', () => {
    expect(errorsOf(doc([op({ call: 5, return: 3 })]))).toEqual([
      'ops[0].return: 3 is before call 5',
    ]);
    expect(errorsOf(doc([op({ return: null })]))).toEqual([
      'ops[0].return: an "ok" operation needs a return time, got null',
    ]);
  });

  it('rejects a cas whose value is not a pair, or whose result is missing or wrong', () => {
    expect(errorsOf(doc([op({ f: 'cas', value: 3, result: true })]))).toEqual([
      'ops[0].value: expected a pair [from, to] of values for "cas", got 3',
    ]);
    expect(errorsOf(doc([op({ f: 'cas', value: [1, 2, 3], result: true })]))).toEqual([
      'ops[0].value: expected a pair [from, to] of values for "cas", got an array',
    ]);
    expect(errorsOf(doc([op({ f: 'cas', value: [1, 2] })]))).toEqual([
      'ops[0].result: an "ok" cas needs a result, true (it swapped) or false (it did not)',
    ]);
    expect(errorsOf(doc([op({ f: 'cas', value: [1, 2], result: 'yes' })]))).toEqual([
      'ops[0].result: expected true (it swapped) or false (the value differed), got "yes"',
    ]);
  });

  it('rejects a result on a read or write, a cas in the plain register model, and unknown fields', () => {
    expect(errorsOf(doc([op({ result: true })]))).toEqual([
      'ops[0].result: only "cas" operations have a result, but f is "write"',
    ]);
    const casInRegister = doc([op({ f: 'cas', value: [1, 2], result: true })], {
      model: 'register',
    });
    expect(errorsOf(casInRegister)).toEqual([
      'ops[0].f: "cas" is not an operation of the "register" model',
    ]);
    expect(errorsOf(doc([op({ vaule: 2 })]))).toEqual([
      'ops[0].vaule: unknown field (expected one of process, key, f, value, result, call, return, status)',
    ]);
  });

  it('reports every problem, and counts them past fifty', () => {
    const errors = errorsOf(doc(Array.from({ length: 60 }, () => op({ status: 'done' }))));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe('…and 10 more errors');
  });
});
