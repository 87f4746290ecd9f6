/**
 * Messages about bad input stay short, however large the input. A pasted log of 100 kB
 * or a 10 MB postMessage must not come back as a notice or a reply of the same size, so
 * every value quoted in a message goes through `quoteValue`, and every list of problems
 * through `boundMessages`.
 */

/** Longest message shown or sent about one problem, in characters. */
export const MESSAGE_CHARS_MAX = 400;
/** Most problems listed at once; the rest are counted. */
export const MESSAGES_MAX = 8;
/** Longest quoted value inside a message. */
const QUOTE_CHARS_MAX = 60;

/** Cuts `text` to at most `max` characters, saying how much was left out. Pure. */
export function clipText(text: string, max = MESSAGE_CHARS_MAX): string {
  if (text.length <= max) return text;
  const note = `… (${text.length - max} more characters)`;
  return text.slice(0, Math.max(0, max - note.length)) + note;
}

/**
 * A short, safe rendering of any value for a message: JSON where possible, and never a
 * throw (cycles, BigInt, functions and getters that throw all yield a description). Pure.
 */
export function quoteValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) text = Array.isArray(value) ? 'a list' : typeof value;
  return clipText(text, QUOTE_CHARS_MAX);
}

/** At most `max` messages of at most MESSAGE_CHARS_MAX characters each. Pure. */
export function boundMessages(messages: readonly string[], max = MESSAGES_MAX): string[] {
  const kept = messages.slice(0, max).map((message) => clipText(message));
  const more = messages.length - kept.length;
  if (more > 0) kept.push(`…and ${more} more problem${more === 1 ? '' : 's'}`);
  return kept;
}
