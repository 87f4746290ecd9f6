/**
 * Client histories read from a trace: the linearizability checker's `History`, and the
 * counters the CAP lesson shows (refusals, timeouts, stale reads, siblings, lost writes).
 */
export { PROCESS_STRIDE, traceOperations, type TracedOperation } from './traceOperations';
export { historyFromTrace, isValue, siblingsValue, type HistoryOptions } from './historyFromTrace';
export { capMetrics, type CapMetrics } from './capMetrics';
