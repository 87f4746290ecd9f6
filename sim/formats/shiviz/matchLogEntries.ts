import { skipBlank, type LineIndex } from './lineIndex';
import type { ExecutionText } from './splitExecutions';
import type { ParsedEvent, ParseProgress, ShiVizError, SkippedLine } from './shivizTypes';

export interface MatchedEntries {
  readonly entries: ParsedEvent[];
  readonly errors: ShiVizError[];
  /** Non-blank lines between entries that the regex did not match. */
  readonly skippedCount: number;
  /** The first `SKIPPED_SHOWN` of them. */
  readonly skipped: SkippedLine[];
}

export interface MatchOptions {
  /** Unmatched text is an error on its line rather than skipped. */
  readonly strict?: boolean;
  /** Hears the line each regex search starts on, before it runs. */
  readonly onProgress?: (progress: ParseProgress) => void;
}

/** How many skipped lines a result keeps to show: enough to spot a wrong regex. */
export const SKIPPED_SHOWN = 5;
const SNIPPET = 80;

/**
 * Runs the parser regex over one execution and reads each entry's clock. Pure.
 *
 * Like ShiViz, it scans the text with the regex and skips what does not match (a
 * program's own printouts between entries), counting the skipped lines and keeping
 * the first few with their line numbers, so a wrong regex is still easy to spot. With
 * `strict`, each skipped line is an error instead. Each clock must be a JSON object of
 * non-negative integer counters that includes the entry's own host; zero entries are
 * dropped, as ShiViz does.
 */
export function matchLogEntries(
  execution: ExecutionText,
  regex: RegExp,
  lines: LineIndex,
  options: MatchOptions = {},
): MatchedEntries {
  const entries: ParsedEvent[] = [];
  const errors: ShiVizError[] = [];
  const skipped: SkippedLine[] = [];
  let skippedCount = 0;
  const { text, offset } = execution;
  const unmatched = (from: number, to: number) => {
    let at = from;
    while (at < to) {
      const newline = text.indexOf('\n', at);
      const end = newline === -1 || newline > to ? to : newline;
      const line = text.slice(at, end).trim();
      if (line !== '') {
        skippedCount++;
        const number = lines.lineAt(offset + at);
        const snippet = line.slice(0, SNIPPET);
        if (options.strict) {
          errors.push({
            line: number,
            field: 'log',
            message: `This line does not match the parser regex: "${snippet.slice(0, 60)}"`,
          });
        } else if (skipped.length < SKIPPED_SHOWN) {
          skipped.push({ line: number, text: snippet });
        }
      }
      at = end + 1;
    }
  };

  let cursor = 0;
  regex.lastIndex = 0;
  const search = () => {
    options.onProgress?.({
      stage: 'search',
      line: lines.lineAt(offset + skipBlank(text, regex.lastIndex)),
    });
    return regex.exec(text);
  };
  for (let match = search(); match !== null; match = search()) {
    if (match[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    unmatched(cursor, match.index);
    cursor = match.index + match[0].length;
    const entry = readEntry(match, offset, lines);
    if (typeof entry === 'string') {
      const clockStart = match.indices?.groups?.['clock']?.[0] ?? match.index;
      errors.push({ line: lines.lineAt(offset + clockStart), field: 'log', message: entry });
    } else {
      entries.push(entry);
    }
  }
  unmatched(cursor, text.length);
  return { entries, errors, skippedCount, skipped };
}

/** Builds one entry from a match, or returns what is wrong with it. */
function readEntry(match: RegExpExecArray, offset: number, lines: LineIndex): ParsedEvent | string {
  const groups = match.groups ?? {};
  const host = groups['host'] ?? '';
  if (host === '') return 'The entry has an empty host.';
  const clock = readClock(groups['clock'] ?? '', host);
  if (typeof clock === 'string') return clock;

  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups)) {
    if (name !== 'host' && name !== 'clock' && name !== 'event' && value !== undefined) {
      fields[name] = value;
    }
  }
  const clockStart = match.indices?.groups?.['clock']?.[0] ?? match.index;
  return {
    line: lines.lineAt(offset + match.index),
    clockLine: lines.lineAt(offset + clockStart),
    host,
    text: groups['event'] ?? '',
    clock,
    fields,
  };
}

function readClock(source: string, host: string): Record<string, number> | string {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The vector clock is not valid JSON (${reason}): ${source}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `The vector clock must be a JSON object of host → counter: ${source}`;
  }
  const entries: [string, number][] = [];
  for (const [name, counter] of Object.entries(value)) {
    if (typeof counter !== 'number' || !Number.isSafeInteger(counter) || counter < 0) {
      return `The clock entry for "${name}" must be a whole number ≥ 0, not ${JSON.stringify(counter)}.`;
    }
    if (counter > 0 || name === host) entries.push([name, counter]);
  }
  if (!entries.some(([name]) => name === host)) {
    return `The vector clock is missing the entry for its own host "${host}".`;
  }
  // fromEntries defines own properties, so a host called "__proto__" stays a host.
  return Object.fromEntries(entries);
}
