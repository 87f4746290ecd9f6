import type { LineIndex } from './lineIndex';
import type { ExecutionText } from './splitExecutions';
import type { ParsedEvent, ShiVizError } from './shivizTypes';

export interface MatchedEntries {
  readonly entries: ParsedEvent[];
  readonly errors: ShiVizError[];
}

/**
 * Runs the parser regex over one execution and reads each entry's clock. Pure.
 *
 * Stricter than ShiViz, which skips text the regex does not match: here any
 * non-blank text between matches is an error on its line, because a silently dropped
 * event would change the causal picture. Each clock must be a JSON object of
 * non-negative integer counters that includes the entry's own host; zero entries
 * are dropped, as ShiViz does.
 */
export function matchLogEntries(
  execution: ExecutionText,
  regex: RegExp,
  lines: LineIndex,
): MatchedEntries {
  const entries: ParsedEvent[] = [];
  const errors: ShiVizError[] = [];
  const { text, offset } = execution;
  const unmatched = (from: number, to: number) => {
    const gap = text.slice(from, to);
    const firstVisible = gap.search(/\S/);
    if (firstVisible === -1) return;
    const line = lines.lineAt(offset + from + firstVisible);
    const snippet = gap.trim().split('\n')[0]?.slice(0, 60) ?? '';
    errors.push({
      line,
      field: 'log',
      message: `This line does not match the parser regex: "${snippet}"`,
    });
  };

  let cursor = 0;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
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
  return { entries, errors };
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
