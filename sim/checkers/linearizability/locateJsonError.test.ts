import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locateJsonError';

describe('locateJsonError', () => {
  it('points at the first bad character, with line and column', () => {
    expect(locateJsonError('{"ops": [}')).toEqual({
      position: 9,
      line: 1,
      column: 10,
      problem: 'unexpected "}"',
    });
    expect(locateJsonError('{\n  "a": 1,\n  "b": tru\n}')).toMatchObject({ line: 3, column: 11 });
    expect(locateJsonError('')).toMatchObject({ position: 0, problem: 'unexpected end of input' });
    expect(locateJsonError('{"a": 1} x')).toMatchObject({ position: 9, problem: 'unexpected "x"' });
    expect(locateJsonError('"a\\q"')).toMatchObject({
      position: 2,
      problem: 'invalid escape in string',
    });
    expect(locateJsonError('"abc')).toMatchObject({ position: 4, problem: 'unterminated string' });
    expect(locateJsonError('[01]')).toMatchObject({ position: 2, problem: 'unexpected "1"' });
    expect(locateJsonError('[1,]')).toMatchObject({ position: 3, problem: 'unexpected "]"' });
  });

  it('finds no error exactly when JSON.parse accepts the text', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.json().map((text) => text.slice(0, -1)),
      fc.string({
        unit: fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          ':',
          ',',
          '1',
          '-',
          'e',
          '.',
          ' ',
          'n',
          'u',
          'l',
          '\\',
        ),
      }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
