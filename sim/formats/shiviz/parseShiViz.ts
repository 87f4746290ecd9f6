import { buildParsedLog } from './buildParsedLog';
import { createLineIndex, normalizeNewlines, type LineIndex } from './lineIndex';
import { matchLogEntries, SKIPPED_SHOWN } from './matchLogEntries';
import { readShiVizHeader } from './readShiVizHeader';
import { compileDelimiterRegex, compileParserRegex } from './shivizRegex';
import { splitExecutions, type ExecutionText } from './splitExecutions';
import type {
  ParsedLog,
  ParseShiVizOptions,
  ParseShiVizResult,
  ShiVizError,
  SkippedLine,
} from './shivizTypes';

/** Enough errors to fix a log by; more would bury the first one. */
const MAX_ERRORS = 100;

/**
 * Parses a ShiViz log: a GoVector or ShiVector log with its regex header, or a bare
 * log plus `options.regex`. Pure and total: it never throws, and every error names
 * its 1-based line.
 *
 * Text between entries that the regex does not match is skipped and counted in
 * `skipped` (with `options.strict`, each such line is an error); an execution where
 * the regex matches nothing is an error. Each execution becomes a `ParsedLog` whose
 * `graph` has message edges inferred from the vector clocks (see
 * `inferMessageParents`). Clocks cannot show a message that was never received, or a
 * second delivery of one, so those come back as local events.
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
  const executions = splitExecutions(body, header.bodyOffset, delimiter, (offset) =>
    options.onProgress?.({ stage: 'search', line: lines.lineAt(offset) }),
  );
  if (executions.length === 0) {
    const line = lines.lineAt(header.bodyOffset);
    return {
      ok: false,
      errors: [{ line, field: 'log', message: 'The log is empty: there are no entries.' }],
    };
  }

  const logs: ParsedLog[] = [];
  const skipped: SkippedLine[] = [];
  let skippedCount = 0;
  for (const execution of executions) {
    const matched = matchLogEntries(execution, parser.regex, lines, options);
    errors.push(...matched.errors);
    skippedCount += matched.skippedCount;
    skipped.push(...matched.skipped.slice(0, SKIPPED_SHOWN - skipped.length));
    if (matched.entries.length === 0 && matched.errors.length === 0) {
      errors.push(nothingMatched(execution, lines));
    }
    if (matched.errors.length > 0 || matched.entries.length === 0) continue;
    options.onProgress?.({ stage: 'build', events: matched.entries.length });
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
    skipped: { count: skippedCount, first: skipped },
  };
}

/** The error for an execution the parser regex matches nowhere: a wrong regex. */
function nothingMatched(execution: ExecutionText, lines: LineIndex): ShiVizError {
  const start = Math.max(0, execution.text.search(/\S/));
  const end = execution.text.indexOf('\n', start);
  const text = execution.text
    .slice(start, end === -1 ? undefined : end)
    .trim()
    .slice(0, 60);
  const line = lines.lineAt(execution.offset + start);
  return {
    line,
    field: 'log',
    message: `The parser regex matches no entry in this log, starting with "${text}": check the regular expression.`,
  };
}
