/**
 * Reading and writing ShiViz logs (GoVector and ShiVector output), so Lightcone
 * traces open in ShiViz and real systems' logs open in Lightcone. Pure.
 */
export { parseShiViz } from './parseShiViz';
export { shiVizHostName, toShiViz } from './toShiViz';
export {
  compileParserRegex,
  GOVECTOR_REGEX,
  REQUIRED_GROUPS,
  SHIVIZ_DEFAULT_REGEX,
  type CompiledRegex,
} from './shivizRegex';
export type {
  ParsedEvent,
  ParsedLog,
  ParseProgress,
  ParseShiVizOptions,
  ParseShiVizResult,
  ShiVizError,
  ShiVizField,
  SkippedLine,
  SkippedText,
} from './shivizTypes';
