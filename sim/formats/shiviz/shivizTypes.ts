/** The public shapes of a parsed ShiViz log. */
import type { EventGraph } from '../../checkers/causality';

/** Which input an error is in: the parser regex, the delimiter regex, or the log text. */
export type ShiVizField = 'parser' | 'delimiter' | 'log';

/**
 * One problem, with the 1-based line of the text it is on. Line 0 means the problem
 * is in a regex passed through the options rather than in the text.
 */
export interface ShiVizError {
  readonly line: number;
  readonly field: ShiVizField;
  readonly message: string;
}

/** One log entry, as the regex captured it. */
export interface ParsedEvent {
  /** 1-based line where the entry's match starts. */
  readonly line: number;
  /** 1-based line of the vector clock (the same line or the next, depending on layout). */
  readonly clockLine: number;
  readonly host: string;
  /** The `event` group: what happened. */
  readonly text: string;
  /** host → counter, with zero entries dropped. */
  readonly clock: Readonly<Record<string, number>>;
  /** Any other named groups, such as `date`. */
  readonly fields: Readonly<Record<string, string>>;
}

/** One execution of the log. `events[i]` is the entry behind `graph.events[i]`. */
export interface ParsedLog {
  /** The delimiter's `trace` group, or '' when there is no delimiter or no label. */
  readonly label: string;
  /** Hosts in order of first appearance in the text. */
  readonly hosts: readonly string[];
  /** Entries in causal order (the text may list them host by host). */
  readonly events: readonly ParsedEvent[];
  /** The execution as an event graph: message edges inferred from the clocks. */
  readonly graph: EventGraph;
}

export interface ParseShiVizOptions {
  /**
   * The parser regex, when the text has no header lines (the UI's regex field).
   * If the text's first line still looks like a ShiViz header, the header wins.
   */
  readonly regex?: string;
  /** The execution delimiter regex to use with `regex`. Empty means one execution. */
  readonly delimiter?: string;
  /**
   * Make text the parser regex does not match an error, line by line. By default it is
   * skipped, as ShiViz does (a program's own printouts between entries), and counted in
   * `skipped`.
   */
  readonly strict?: boolean;
  /**
   * Hears how far the parse is, before each step: the 1-based line where each search
   * of a user regex (parser or delimiter) starts, then the building of each execution's
   * graph. A caller that stops a runaway regex can say which line it was matching.
   */
  readonly onProgress?: (progress: ParseProgress) => void;
}

/** A step of a parse: see `ParseShiVizOptions.onProgress`. */
export type ParseProgress =
  | { readonly stage: 'search'; readonly line: number }
  | { readonly stage: 'build'; readonly events: number };

/** One line of text the parser regex skipped. */
export interface SkippedLine {
  /** 1-based line in the text. */
  readonly line: number;
  /** The line, trimmed and cut to a readable length. */
  readonly text: string;
}

/** Text between entries that the parser regex did not match. */
export interface SkippedText {
  /** How many non-blank lines were skipped, in every execution. */
  readonly count: number;
  /** The first few of them, in order. */
  readonly first: readonly SkippedLine[];
}

export type ParseShiVizResult =
  | {
      readonly ok: true;
      readonly executions: readonly ParsedLog[];
      /** The regexes actually used, so a UI can show what a file's header said. */
      readonly parserRegex: string;
      readonly delimiterRegex: string;
      readonly skipped: SkippedText;
    }
  | { readonly ok: false; readonly errors: readonly ShiVizError[] };
