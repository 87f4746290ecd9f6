import { describe, expect, it } from 'vitest';
import { parseHistory } from './parseHistory';
import { parseJepsenLog } from './parseJepsenLog';

const line = (process: number, kind: string, f: string, value: string) =>
  `INFO  jepsen.util - ${process}\t${kind}\t${f}\t${value}`;
const log = (...lines: string[]) => lines.join('\n') + '\n';

function opsOf(text: string) {
  const result = parseJepsenLog(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  expect(result.history.model).toBe('cas-register');
  expect(result.history.init).toBeNull();
  return result.history.ops;
}

function errorsOf(text: string): readonly string[] {
  const result = parseJepsenLog(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const base = { key: null } as const;

describe('parseJepsenLog', () => {
  it('uses line numbers as times and maps each completion', () => {
    const ops = opsOf(
      log(
        line(0, ':invoke', ':read', 'nil'),
        line(1, ':invoke', ':write', '3'),
        line(0, ':ok', ':read', 'nil'),
        line(1, ':ok', ':write', '3'),
        line(2, ':invoke', ':cas', '[3 0]'),
        line(2, ':ok', ':cas', '[3 0]'),
        line(3, ':invoke', ':cas', '[1 2]'),
        line(3, ':fail', ':cas', '[1 2]'),
      ),
    );
    expect(ops).toEqual([
      { ...base, process: 0, f: 'read', value: null, call: 1, return: 3, status: 'ok' },
      { ...base, process: 1, f: 'write', value: 3, call: 2, return: 4, status: 'ok' },
      {
        ...base,
        process: 2,
        f: 'cas',
        value: [3, 0],
        result: true,
        call: 5,
        return: 6,
        status: 'ok',
      },
      // A failed cas returned false: the value was not 1. That is an observation.
      {
        ...base,
        process: 3,
        f: 'cas',
        value: [1, 2],
        result: false,
        call: 7,
        return: 8,
        status: 'ok',
      },
    ]);
  });

  it('treats timeouts, :info and invokes that never complete as unknown outcomes', () => {
    const ops = opsOf(
      log(
        line(0, ':invoke', ':read', 'nil'),
        line(0, ':fail', ':read', ':timed-out'),
        line(1, ':invoke', ':write', '4'),
        line(1, ':info', ':write', ':timed-out'),
        line(2, ':invoke', ':cas', '[4 1]'),
        line(2, ':info', ':cas', ':timed-out'),
        line(3, ':invoke', ':write', '2'),
      ),
    );
    expect(ops).toEqual([
      { ...base, process: 0, f: 'read', value: null, call: 1, return: 2, status: 'info' },
      { ...base, process: 1, f: 'write', value: 4, call: 3, return: 4, status: 'info' },
      {
        ...base,
        process: 2,
        f: 'cas',
        value: [4, 1],
        result: null,
        call: 5,
        return: 6,
        status: 'info',
      },
      { ...base, process: 3, f: 'write', value: 2, call: 7, return: null, status: 'info' },
    ]);
  });

  it('treats a failed write as not having happened', () => {
    const [op] = opsOf(log(line(0, ':invoke', ':write', '1'), line(0, ':fail', ':write', '1')));
    expect(op).toMatchObject({ f: 'write', value: 1, status: 'fail' });
  });

  it('accepts runs of spaces between fields, CRLF line ends and blank lines', () => {
    const text =
      'INFO  jepsen.util - 7   :invoke :write  3\r\n\r\nINFO  jepsen.util - 7   :ok     :write  3\r\n';
    expect(opsOf(text)).toEqual([
      { ...base, process: 7, f: 'write', value: 3, call: 1, return: 3, status: 'ok' },
    ]);
  });

  it('reads an empty log as a history with no operations', () => {
    expect(parseJepsenLog('')).toEqual({
      ok: true,
      history: { model: 'cas-register', init: null, ops: [] },
    });
    expect(parseJepsenLog('\n  \n')).toMatchObject({ ok: true, history: { ops: [] } });
  });

  it('names the line of a malformed line', () => {
    expect(errorsOf(log(line(0, ':invoke', ':read', 'nil'), 'jepsen said hello'))).toEqual([
      'line 2: expected "INFO  jepsen.util - <process> <:invoke|:ok|:fail|:info> <:read|:write|:cas> <value>", got "jepsen said hello"',
    ]);
    expect(errorsOf(log(line(0, ':invoke', ':append', '1')))).toEqual([
      'line 1: expected :read, :write or :cas, got ":append"',
    ]);
    expect(errorsOf(log(line(0, ':start', ':read', 'nil')))).toEqual([
      'line 1: expected :invoke, :ok, :fail or :info, got ":start"',
    ]);
    expect(errorsOf(log(line(0, ':invoke', ':write', '"x"')))).toEqual([
      'line 1: value: expected nil, an integer, [from to] or a :keyword, got "\\"x\\""',
    ]);
    expect(errorsOf('INFO  jepsen.util - p1\t:invoke\t:read\tnil')).toEqual([
      'line 1: process: expected an integer, got "p1"',
    ]);
  });

  it('rejects arguments of the wrong shape', () => {
    expect(errorsOf(log(line(0, ':invoke', ':cas', '3')))).toEqual([
      'line 1: :invoke :cas needs [from to], got 3',
    ]);
    expect(
      errorsOf(log(line(0, ':invoke', ':read', 'nil'), line(0, ':ok', ':read', ':timed-out'))),
    ).toEqual(['line 2: an :ok :read needs the value it read, got :timed-out']);
    expect(errorsOf(log(line(0, ':invoke', ':write', '1'), line(0, ':ok', ':write', '2')))).toEqual(
      ["line 2: completion 2 does not match the invoke's 1 at line 1"],
    );
  });

  it('rejects completions without a matching invoke, and overlapping invokes', () => {
    expect(errorsOf(log(line(4, ':ok', ':read', '1')))).toEqual([
      'line 1: process 4 completed :read without a matching invoke (its pending invoke: none)',
    ]);
    expect(errorsOf(log(line(4, ':invoke', ':write', '1'), line(4, ':ok', ':read', '1')))).toEqual([
      'line 2: process 4 completed :read without a matching invoke (its pending invoke: :write at line 1)',
    ]);
    expect(
      errorsOf(log(line(4, ':invoke', ':write', '1'), line(4, ':invoke', ':read', 'nil'))),
    ).toEqual([
      'line 2: process 4 invoked :read, but its :write invoked at line 1 has not completed',
    ]);
  });
});

describe('parseHistory', () => {
  it('detects JSON by its opening brace, and Jepsen logs otherwise', () => {
    const json = parseHistory('  {"model": "register", "ops": []}');
    expect(json).toEqual({ ok: true, history: { model: 'register', init: null, ops: [] } });
    const jepsen = parseHistory(
      log(line(0, ':invoke', ':read', 'nil'), line(0, ':ok', ':read', '2')),
    );
    expect(jepsen).toMatchObject({
      ok: true,
      history: { model: 'cas-register', ops: [{ value: 2 }] },
    });
    expect(parseHistory('')).toMatchObject({ ok: true, history: { ops: [] } });
    expect(parseHistory('{')).toMatchObject({ ok: false });
  });
});
