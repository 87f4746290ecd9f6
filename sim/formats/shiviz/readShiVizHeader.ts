import { looksLikeParserRegex, SHIVIZ_DEFAULT_REGEX } from './shivizRegex';
import type { ParseShiVizOptions } from './shivizTypes';

/** Where the regexes come from and where the log itself starts. */
export interface ShiVizHeader {
  readonly parserRegex: string;
  readonly delimiterRegex: string;
  /** Whether the regexes were read from the text (lines 1 and 2) or the options. */
  readonly fromText: boolean;
  /** Offset of the first character after the header. */
  readonly bodyOffset: number;
}

/**
 * Reads the header of a ShiViz file. Pure.
 *
 * ShiViz's upload format (bestchai.bitbucket.io/shiviz, "Upload a log"): line 1 is
 * the parser regex (empty means ShiViz's default), line 2 the execution delimiter
 * (empty means a single execution), and the rest is the log, whose surrounding blank
 * lines ShiViz trims. GoVector's shiviz.sh leaves one more blank line after the header.
 *
 * When `options.regex` is given the text is taken to be the bare log, unless its
 * first line looks like a parser regex: then the file's own header wins.
 */
export function readShiVizHeader(text: string, options: ParseShiVizOptions): ShiVizHeader {
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);

  if (options.regex !== undefined && !looksLikeParserRegex(firstLine)) {
    return {
      parserRegex: options.regex,
      delimiterRegex: options.delimiter ?? '',
      fromText: false,
      bodyOffset: 0,
    };
  }

  const secondBreak = firstBreak === -1 ? -1 : text.indexOf('\n', firstBreak + 1);
  const secondLine =
    firstBreak === -1
      ? ''
      : text.slice(firstBreak + 1, secondBreak === -1 ? undefined : secondBreak);
  return {
    parserRegex: firstLine.trim() === '' ? SHIVIZ_DEFAULT_REGEX : firstLine,
    delimiterRegex: secondLine.trim(),
    fromText: true,
    bodyOffset: secondBreak === -1 ? text.length : secondBreak + 1,
  };
}
