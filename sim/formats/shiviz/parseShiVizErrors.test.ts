import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShiViz } from './parseShiViz';
import { GOVECTOR_REGEX } from './shivizRegex';
import type { ParseShiVizOptions, ShiVizError } from './shivizTypes';
import { govectorLog } from './testing';

const log = govectorLog;

function errorsOf(text: string, options?: ParseShiVizOptions): readonly ShiVizError[] {
  const result = parseShiViz(text, options);
  if (result.ok) throw new Error('expected errors, got a parsed log');
  return result.errors;
}

describe('parseShiViz errors name their line', () => {
  it.each<[string, string, number, ShiVizError['field'], RegExp, ParseShiVizOptions?]>([
    [
      'a regex that does not compile',
      String.raw`(?<host>\S*) (?<clock>{.*}\n(?<event>.*` + '\n\na {"a":1}\nx',
      1,
      'parser',
      /does not compile/,
    ],
    [
      'a regex missing a named group',
      String.raw`(?<host>\S*) (?<clock>{.*})\n(?<text>.*)` + '\n\na {"a":1}\nx',
      1,
      'parser',
      /missing the named group \(\?<event>…\)/,
    ],
    [
      'a delimiter that does not compile',
      `${GOVECTOR_REGEX}\n^=== (?<trace>.* ===$\n\na {"a":1}\nx`,
      2,
      'delimiter',
      /does not compile/,
    ],
    [
      'a bad regex passed in the options',
      'a {"a":1}\nx',
      0,
      'parser',
      /does not compile/,
      { regex: '(?<host>' },
    ],
    [
      'a line that does not match, in strict mode',
      log('a {"a":1}', 'start', 'garbage here', 'a {"a":2}', 'next'),
      6,
      'log',
      /does not match the parser regex: "garbage here"/,
      { strict: true },
    ],
    [
      'a log the regex matches nowhere',
      log('', 'hello world', 'a "a":1', 'start'),
      5,
      'log',
      /matches no entry in this log, starting with "hello world"/,
    ],
    ['clock JSON that does not parse', log('a {"a":1,}', 'start'), 4, 'log', /not valid JSON/],
    [
      'a clock counter that is not a whole number',
      log('a {"a":"one"}', 'start'),
      4,
      'log',
      /must be a whole number/,
    ],
    [
      'a clock missing its own host',
      log('a {"b":1}', 'start'),
      4,
      'log',
      /missing the entry for its own host "a"/,
    ],
    ['an empty host', log(' {"a":1}', 'start'), 4, 'log', /empty host/],
    [
      'an own counter that does not start at 1',
      log('a {"a":2}', 'start'),
      4,
      'log',
      /must have the clock entry a:1, not 2/,
    ],
    [
      'an own counter that skips',
      log('a {"a":1}', 'x', 'a {"a":3}', 'y'),
      6,
      'log',
      /jumps from 1 \(line 4\) to 3/,
    ],
    [
      'an own counter that repeats',
      log('a {"a":1}', 'x', 'a {"a":1}', 'y'),
      6,
      'log',
      /two events with a:1/,
    ],
    [
      'a clock naming an unknown host',
      log('a {"a":1, "zed":1}', 'x'),
      4,
      'log',
      /names host "zed"/,
    ],
    [
      'a clock claiming events a host never logged',
      log('b {"b":1}', 's', 'a {"a":1, "b":2}', 'r'),
      6,
      'log',
      /"b" logs only 1 events/,
    ],
    [
      'a clock that goes backwards',
      log('b {"b":1}', 's', 'b {"b":2}', 's2', 'a {"a":1, "b":2}', 'r', 'a {"a":2, "b":1}', 'r2'),
      10,
      'log',
      /goes backwards: its entry for "b" drops from 2 \(line 8\) to 1/,
    ],
    [
      'a clock no message could explain',
      log(
        'b {"b":1}',
        's1',
        'b {"b":2}',
        's2',
        'a {"a":1, "b":2}',
        'r',
        'a {"a":2, "b":2}',
        's',
        'c {"c":1, "a":2, "b":1}',
        'r2',
      ),
      12,
      'log',
      /should be \{"b":2,"a":2,"c":1\}/,
    ],
    [
      'clocks that form a cycle',
      log(
        'a {"a":1, "b":2}',
        'r',
        'a {"a":2, "b":2}',
        's',
        'b {"b":1, "a":2}',
        'r',
        'b {"b":2, "a":2}',
        's',
      ),
      4,
      'log',
      /cyclic/,
    ],
    ['an empty log after the header', `${GOVECTOR_REGEX}\n\n\n`, 3, 'log', /empty/],
    ['an empty bare log', '  \n', 1, 'log', /empty/, { regex: GOVECTOR_REGEX }],
  ])('%s', (_name, text, line, field, message, options) => {
    const [error] = errorsOf(text, options);
    expect(error).toMatchObject({ line, field });
    expect(error?.message).toMatch(message);
  });

  it('keeps line numbers absolute inside later executions', () => {
    const text = readFileSync(new URL('./fixtures/two-executions.log', import.meta.url), 'utf8');
    const broken = text.replace('n2 {"n2":2}', 'n2 {"n2":3}');
    expect(errorsOf(broken)).toEqual([
      { line: 16, field: 'log', message: expect.stringMatching(/jumps from 1 \(line 14\) to 3/) },
    ]);
  });

  it('reports every unmatched line in strict mode, not just the first', () => {
    const text = log('a {"a":1}', 'x', 'junk 1', 'junk 2', 'a {"a":2}', 'y', 'junk 3');
    expect(errorsOf(text, { strict: true }).map((error) => error.line)).toEqual([6, 7, 10]);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', '\n', '(', '(?<host>)(?<clock>)(?<event>)\n\n', '\u0000{}']) {
      expect(() => parseShiViz(text)).not.toThrow();
      expect(parseShiViz(text).ok).toBe(false);
    }
  });
});
