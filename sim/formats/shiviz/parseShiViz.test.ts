import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShiViz } from './parseShiViz';
import { GOVECTOR_REGEX, SHIVIZ_DEFAULT_REGEX } from './shivizRegex';
import { executionsOf, shape } from './testing';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseShiViz on a GoVector log', () => {
  const [log] = executionsOf(parseShiViz(fixture('govector-three-hosts.log')));

  it('lists hosts in order of first appearance', () => {
    expect(log?.hosts).toEqual(['client', 'primary', 'backup']);
    expect(log?.label).toBe('');
  });

  it('orders a host-by-host log causally and infers every message', () => {
    expect(shape(log!)).toEqual([
      'client local Initialization Complete',
      'client send#1 send write x=1 to primary',
      'primary local Initialization Complete',
      'primary receive#1 receive write x=1 from client',
      'primary send#2 send replicate x=1 to backup',
      'backup local Initialization Complete',
      'backup receive#2 receive replicate x=1 from primary',
      'backup send#3 send ack to primary',
      'primary receive#3 receive ack from backup',
      'primary send#4 send ok to client',
      'client receive#4 receive ok from primary',
    ]);
  });

  it('keeps each entry’s text, clock and line', () => {
    expect(log?.events.map((event) => event.line)).toEqual([
      4, 6, 10, 12, 14, 20, 22, 24, 16, 18, 8,
    ]);
    expect(log?.events[10]).toEqual({
      line: 8,
      clockLine: 8,
      host: 'client',
      text: 'receive ok from primary',
      clock: { client: 3, primary: 5, backup: 3 },
      fields: {},
    });
  });
});

describe('parseShiViz with several executions', () => {
  const result = parseShiViz(fixture('two-executions.log'));
  const executions = executionsOf(result);

  it('splits at the delimiter and labels each execution by its trace group', () => {
    expect(executions.map((execution) => execution.label)).toEqual([
      'heartbeat arrives',
      'heartbeat lost',
    ]);
    expect(result.ok && result.delimiterRegex).toBe('^=== (?<trace>.*) ===$');
  });

  it('shows a lost heartbeat as a local event: clocks cannot see unreceived messages', () => {
    expect(shape(executions[0]!)).toEqual([
      'n1 send#1 send heartbeat to n2',
      'n2 receive#1 receive heartbeat from n1',
      'n2 local reset election timer',
    ]);
    expect(shape(executions[1]!)).toEqual([
      'n1 local send heartbeat to n2',
      'n2 local election timeout',
      'n2 local become candidate',
    ]);
    expect(executions[1]?.events.map((event) => event.line)).toEqual([12, 14, 16]);
  });
});

describe('parseShiViz with the regex passed separately', () => {
  it('reads a bare log with ShiViz’s default layout (event line first)', () => {
    const [log] = executionsOf(
      parseShiViz(fixture('bare-shiviz-default.log'), { regex: SHIVIZ_DEFAULT_REGEX }),
    );
    expect(shape(log!)).toEqual([
      'alice local start',
      'alice send#1 ask bob',
      'bob receive#1 got question',
    ]);
    expect(log?.events[2]).toMatchObject({ line: 5, clockLine: 6 });
  });

  it('lets a file’s own header win over the regex field', () => {
    const result = parseShiViz(fixture('govector-three-hosts.log'), {
      regex: SHIVIZ_DEFAULT_REGEX,
    });
    expect(result.ok && result.parserRegex).toBe(GOVECTOR_REGEX);
  });

  it('uses ShiViz’s default when the header’s regex line is empty', () => {
    const text = `\n\n${fixture('bare-shiviz-default.log')}`;
    const result = parseShiViz(text);
    expect(result.ok && result.parserRegex).toBe(SHIVIZ_DEFAULT_REGEX);
  });
});

describe('parseShiViz details', () => {
  it('reads Windows line endings with the same line numbers', () => {
    const text = fixture('govector-three-hosts.log').replace(/\n/g, '\r\n');
    const [log] = executionsOf(parseShiViz(text));
    expect(log?.events.map((event) => event.line)).toEqual([
      4, 6, 10, 12, 14, 20, 22, 24, 16, 18, 8,
    ]);
  });

  it('keeps extra named groups as fields', () => {
    const regex = String.raw`(?<date>\d+) (?<host>\S*) (?<clock>{.*})\n(?<event>.*)`;
    const text = `${regex}\n\n1200 a {"a":1}\nstart\n`;
    const [log] = executionsOf(parseShiViz(text));
    expect(log?.events[0]?.fields).toEqual({ date: '1200' });
  });

  it('treats a host named like an Object property as a plain host', () => {
    const text = `${GOVECTOR_REGEX}\n\nconstructor {"constructor":1}\nstart\n__proto__ {"__proto__":1, "constructor":1}\ngot it\n`;
    const [log] = executionsOf(parseShiViz(text));
    expect(log?.hosts).toEqual(['constructor', '__proto__']);
    expect(shape(log!)).toEqual(['constructor send#1 start', '__proto__ receive#1 got it']);
  });
});
