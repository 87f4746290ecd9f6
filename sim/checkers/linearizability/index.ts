/**
 * Linearizability checking for register histories: parse a history (JSON or a Jepsen
 * log), check it, and explain a violation in one sentence with the operations to
 * highlight.
 */
export type {
  CasOperation,
  History,
  Model,
  Operation,
  OpStatus,
  ParseResult,
  ReadOperation,
  Value,
  WriteOperation,
} from './history';
export { findOperationProblems, OPERATIONS_BY_MODEL } from './history';
export { parseHistoryJson } from './parseHistoryJson';
export { parseJepsenLog } from './parseJepsenLog';
export { parseHistory } from './parseHistory';
export type { CheckOptions, CheckProgress, Verdict } from './verdict';
export { checkLinearizability } from './checkLinearizability';
export { clientName } from './describeOperation';
export type { AddResult, IncrementalChecker } from './createChecker';
export { createChecker } from './createChecker';
export type { BenchFile, BenchOptions, BenchResult } from './bench';
export { benchJepsenSuite } from './bench';
export type { OperationExtras } from './operationBuilders';
export { cas, historyOf, read, write } from './operationBuilders';
