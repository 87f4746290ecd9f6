/**
 * One entry point for both history formats, for places like a paste box or the CLI where
 * the user does not say which format they have.
 */
import type { ParseResult } from './history';
import { parseHistoryJson } from './parseHistoryJson';
import { parseJepsenLog } from './parseJepsenLog';

/**
 * Parses `text` as the JSON history format if its first non-blank character is `{`, and
 * as a Jepsen log otherwise (so empty text is an empty Jepsen log: a history with no
 * operations). Never throws. Pure.
 */
export function parseHistory(text: string): ParseResult {
  return text.trimStart().startsWith('{') ? parseHistoryJson(text) : parseJepsenLog(text);
}
