/**
 * The regular expressions a ShiViz log is read with.
 *
 * ShiViz (https://bestchai.bitbucket.io/shiviz/) reads a log with a user-supplied
 * JavaScript regular expression whose named groups `host`, `clock` and `event` pick out
 * each entry; other named groups (like `date`) become extra fields. An optional second
 * expression, the delimiter, splits the text into several executions; its `trace`
 * group names them. ShiViz compiles both with the flags "gm".
 */

/**
 * GoVector's layout: a line with the host and its JSON vector clock, then the event
 * text on the next line. This is the regex GoVector's own example/shiviz.sh writes
 * at the top of a merged log (github.com/DistributedClocks/GoVector).
 */
export const GOVECTOR_REGEX = String.raw`(?<host>\S*) (?<clock>{.*})\n(?<event>.*)`;

/**
 * ShiViz's fallback when the first line of an uploaded file is empty: the event line
 * first, then the host and clock (the ShiVector layout). Note the order is the
 * reverse of GoVector's.
 */
export const SHIVIZ_DEFAULT_REGEX = String.raw`(?<event>.*)\n(?<host>\S*) (?<clock>{.*})`;

/** The named groups every parser regex must have. */
export const REQUIRED_GROUPS = ['host', 'clock', 'event'] as const;

export type CompiledRegex =
  | { readonly ok: true; readonly regex: RegExp; readonly groupNames: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Compiles a parser regex and checks its named groups. Pure; never throws.
 * Uses flags "gmd": global and multiline as ShiViz does, plus match indices so
 * errors can name the line of the clock itself.
 */
export function compileParserRegex(source: string): CompiledRegex {
  const compiled = compile(source, 'gmd');
  if (!compiled.ok) return compiled;
  const missing = REQUIRED_GROUPS.filter((name) => !compiled.groupNames.includes(name));
  if (missing.length > 0) {
    const list = missing.map((name) => `(?<${name}>…)`).join(', ');
    return { ok: false, message: `The parser regex is missing the named group ${list}.` };
  }
  return compiled;
}

/** Compiles an execution delimiter regex ("gm"). Pure; never throws. */
export function compileDelimiterRegex(source: string): CompiledRegex {
  return compile(source, 'gm');
}

/** Whether a line looks like a parser regex rather than a log entry. Pure. */
export function looksLikeParserRegex(line: string): boolean {
  return REQUIRED_GROUPS.every((name) => line.includes(`(?<${name}>`));
}

function compile(source: string, flags: string): CompiledRegex {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The regex does not compile: ${reason}` };
  }
  // An empty alternative always matches, and a match lists every named group.
  const groups = new RegExp(`(?:${source})|`).exec('')?.groups ?? {};
  return { ok: true, regex, groupNames: Object.keys(groups) };
}
