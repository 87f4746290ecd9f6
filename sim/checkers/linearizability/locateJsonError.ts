/**
 * Finds where invalid JSON goes wrong. `JSON.parse` error messages differ between
 * engines, and V8's current ones (Node 20, Chrome) no longer give a position, so the
 * parser calls this after `JSON.parse` has failed to say exactly where the problem is.
 * A recursive-descent recogniser for RFC 8259's grammar; it builds nothing.
 */

export interface JsonErrorLocation {
  /** 0-based offset into the text. */
  readonly position: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** e.g. `unexpected "}"`, `unexpected end of input`. */
  readonly problem: string;
}

class JsonSyntaxError {
  constructor(
    readonly position: number,
    readonly problem: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The first syntax error in `text`, or `undefined` if it is valid JSON (or too deeply
 * nested to scan). Pure.
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  let at = 0;
  const fail = (problem?: string): never => {
    const found =
      at < text.length
        ? `unexpected ${JSON.stringify(text.charAt(at))}`
        : 'unexpected end of input';
    throw new JsonSyntaxError(at, problem ?? found);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const expect = (char: string) => (text.charAt(at) === char ? at++ : fail());
  const literal = (word: string) => {
    for (const char of word) expect(char);
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text.charAt(at);
      if (char === '"') return void at++;
      if (char === '\\') {
        ESCAPE.lastIndex = at;
        if (!ESCAPE.test(text)) fail('invalid escape in string');
        at = ESCAPE.lastIndex;
      } else if (at >= text.length || char < ' ') {
        fail(at >= text.length ? 'unterminated string' : 'control character in string');
      } else at++;
    }
  };
  const members = (close: string, member: () => void) => {
    at++;
    skipSpace();
    if (text.charAt(at) === close) return void at++;
    for (;;) {
      member();
      skipSpace();
      if (text.charAt(at) === close) return void at++;
      expect(',');
      skipSpace();
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(at);
    if (char === '{') {
      members('}', () => {
        string();
        skipSpace();
        expect(':');
        value();
      });
    } else if (char === '[') members(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) fail();
      at = NUMBER.lastIndex;
    }
  };
  try {
    value();
    skipSpace();
    if (at < text.length) fail();
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) return undefined; // e.g. stack overflow
    const before = text.slice(0, error.position);
    const line = before.split('\n').length;
    const column = error.position - (before.lastIndexOf('\n') + 1) + 1;
    return { position: error.position, line, column, problem: error.problem };
  }
}
