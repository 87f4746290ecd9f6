import { buildParsedLog } from './buildParsedLog';
import { createLineIndex, normalizeNewlines } from './lineIndex';
import { matchLogEntries } from './matchLogEntries';
import { readShiVizHeader } from './readShiVizHeader';
import { compileDelimiterRegex, compileParserRegex } from './shivizRegex';
import { splitExecutions } from './splitExecutions';
import type { ParsedLog, ParseShiVizOptions, ParseShiVizResult, ShiVizError } from './shivizTypes';

/** Enough errors to fix a log by; more would bury the first one. */
const MAX_ERRORS = 100;

/**
 * Parses a ShiViz log: a GoVector or ShiVector log with its regex header, or a bare
 * log plus `options.regex`. Pure and total: it never throws, and every error names
 * its 1-based line.
 *
 * Each execution becomes a `ParsedLog` whose `graph` has message edges inferred from
 * the vector clocks (see `inferMessageParents`). Clocks cannot show a message that
 * was never received, or a second delivery of one, so those come back as local
 * events.
 */
export function parseShiViz(text: string, options: ParseShiVizOptions = {}): ParseShiVizResult {
  try {
    return parse(normalizeNewlines(text), options);
  } catch (error) {
    // Defensive: the steps below are written not to throw, but the contract is total.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ line: 0, field: 'log', message: `Unexpected failure: ${reason}` }],
    };
  }
}

function parse(text: string, options: ParseShiVizOptions): ParseShiVizResult {
  const lines = createLineIndex(text);
  const header = readShiVizHeader(text, options);
  const errors: ShiVizError[] = [];

  const parser = compileParserRegex(header.parserRegex);
  if (!parser.ok) {
    errors.push({ line: header.fromText ? 1 : 0, field: 'parser', message: parser.message });
  }
  let delimiter: RegExp | null = null;
  if (header.delimiterRegex.trim() !== '') {
    const compiled = compileDelimiterRegex(header.delimiterRegex);
    if (compiled.ok) delimiter = compiled.regex;
    else
      errors.push({ line: header.fromText ? 2 : 0, field: 'delimiter', message: compiled.message });
  }
  if (!parser.ok || errors.length > 0) return { ok: false, errors };

  const body = text.slice(header.bodyOffset);
  const executions = splitExecutions(body, header.bodyOffset, delimiter);
  if (executions.length === 0) {
    const line = lines.lineAt(header.bodyOffset);
    return {
      ok: false,
      errors: [{ line, field: 'log', message: 'The log is empty: there are no entries.' }],
    };
  }

  const logs: ParsedLog[] = [];
  for (const execution of executions) {
    const matched = matchLogEntries(execution, parser.regex, lines);
    errors.push(...matched.errors);
    if (matched.errors.length > 0 || matched.entries.length === 0) continue;
    const built = buildParsedLog(execution.label, matched.entries);
    if (built.ok) logs.push(built.log);
    else errors.push(...built.errors);
    if (errors.length >= MAX_ERRORS) break;
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return {
    ok: true,
    executions: logs,
    parserRegex: header.parserRegex,
    delimiterRegex: header.delimiterRegex,
  };
}
