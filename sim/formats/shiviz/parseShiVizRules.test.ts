/**
 * The three things real logs do that ShiViz draws: an event that receives and sends,
 * an event that receives several messages at once, and text between entries.
 */
import { describe, expect, it } from 'vitest';
import { validateEventGraph, vectorClocks } from '../../checkers/causality';
import { parseShiViz } from './parseShiViz';
import type { ParsedLog, ParseProgress } from './shivizTypes';
import { executionsOf, govectorLog as log, shape } from './testing';

/** Every logged clock, as the graph recomputes it (hosts in the log's order). */
function loggedClocks(parsed: ParsedLog): number[][] {
  return parsed.events.map((event) => parsed.hosts.map((host) => event.clock[host] ?? 0));
}

describe('an event that both receives and sends', () => {
  const text = log(
    'b {"b":1}',
    's',
    'a {"a":1, "b":1}',
    'got it, pass on',
    'c {"c":1, "a":1, "b":1}',
    'r',
  );
  const [parsed] = executionsOf(parseShiViz(text));

  it('is a send that also receives', () => {
    expect(shape(parsed!)).toEqual(['b send#1 s', 'a send#2+1 got it, pass on', 'c receive#2 r']);
    expect(validateEventGraph(parsed!.graph)).toEqual([]);
    expect(vectorClocks(parsed!.graph)).toEqual(loggedClocks(parsed!));
  });
});

describe('an event that receives from several events at once', () => {
  it('lists every message it receives', () => {
    const text = log('b {"b":1}', 's', 'c {"c":1}', 's', 'a {"a":1, "b":1, "c":1}', 'merge');
    const [parsed] = executionsOf(parseShiViz(text));
    expect(shape(parsed!)).toEqual(['b send#1 s', 'c send#2 s', 'a receive#1+2 merge']);
    expect(vectorClocks(parsed!.graph)).toEqual(loggedClocks(parsed!));
  });

  it('leaves out a sender whose event came along through another', () => {
    // a learns of b:1 through c, which had heard from b: c is the only direct sender.
    const text = log('b {"b":1}', 's', 'c {"c":1, "b":1}', 'r+s', 'a {"a":1, "b":1, "c":1}', 'r');
    const [parsed] = executionsOf(parseShiViz(text));
    expect(shape(parsed!)).toEqual(['b send#1 s', 'c send#2+1 r+s', 'a receive#2 r']);
  });

  it('merges several senders that also send, with several children each', () => {
    const text = log(
      'b {"b":1}',
      'b1',
      'c {"c":1}',
      'c1',
      'a {"a":1, "b":1, "c":1}',
      'merge and reply',
      'b {"b":2, "a":1, "c":1}',
      'b2',
      'c {"c":2, "a":1, "b":1}',
      'c2',
    );
    const [parsed] = executionsOf(parseShiViz(text));
    expect(shape(parsed!)).toEqual([
      'b send#1 b1',
      'c send#2 c1',
      'a send#3+1,2 merge and reply',
      'b receive#3 b2',
      'c receive#3 c2',
    ]);
    expect(vectorClocks(parsed!.graph)).toEqual(loggedClocks(parsed!));
  });
});

describe('text between entries that the regex does not match', () => {
  const text = log(
    'a {"a":1}',
    'start',
    'program output',
    '.',
    '',
    'b {"b":1}',
    'hello',
    '   more output   ',
  );

  it('is skipped, counted and shown with its line numbers', () => {
    const result = parseShiViz(text);
    expect(result.ok && result.skipped).toEqual({
      count: 3,
      first: [
        { line: 6, text: 'program output' },
        { line: 7, text: '.' },
        { line: 11, text: 'more output' },
      ],
    });
    expect(shape(executionsOf(result)[0]!)).toEqual(['a local start', 'b local hello']);
  });

  it('keeps only the first few lines to show, but counts them all', () => {
    const noisy = log('a {"a":1}', 'start', ...Array.from({ length: 9 }, (_, i) => `noise ${i}`));
    const result = parseShiViz(noisy);
    expect(result.ok && result.skipped.count).toBe(9);
    expect(result.ok && result.skipped.first.map((line) => line.line)).toEqual([6, 7, 8, 9, 10]);
  });

  it('skips nothing in a log with no stray text', () => {
    const result = parseShiViz(log('a {"a":1}', 'start'));
    expect(result.ok && result.skipped).toEqual({ count: 0, first: [] });
  });

  it('is an error on each line in strict mode', () => {
    const result = parseShiViz(text, { strict: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.line)).toEqual([6, 7, 11]);
  });

  it('does not move the line numbers of the errors that remain', () => {
    const broken = text.replace('b {"b":1}', 'b {"b":1,}');
    const result = parseShiViz(broken);
    expect(!result.ok && result.errors).toEqual([
      { line: 9, field: 'log', message: expect.stringMatching(/not valid JSON/) },
    ]);
  });
});

describe('the progress callback', () => {
  it('hears the line each search starts on, before it runs, then the build', () => {
    const steps: ParseProgress[] = [];
    parseShiViz(log('a {"a":1}', 'start', 'noise', 'a {"a":2}', 'next'), {
      onProgress: (progress) => steps.push(progress),
    });
    // The first search starts on line 4 (after the header); the next two after each entry.
    expect(steps).toEqual([
      { stage: 'search', line: 4 },
      { stage: 'search', line: 6 },
      { stage: 'search', line: 8 },
      { stage: 'build', events: 2 },
    ]);
  });
});
