/**
 * The linearizability checker's history (sim/checkers/linearizability/history.ts) built
 * from a trace: one `register` per key, starting at null, with each client operation as
 * an interval from its invocation to its completion, in microseconds. Statuses map
 * directly: `ok` took effect, `fail` certainly did not, `info` may or may not have (a
 * timeout, or an operation still open at the end of the trace read).
 *
 * A read that returned siblings (an array of values) observed no single register value,
 * so it is not a legal read of the register model. By default it is kept, as a read of
 * the string "siblings [2,5]", which no write wrote, so the checker reports it as a
 * violation, and rightly: a register with siblings is not linearizable. With
 * `siblings: 'exclude'` such reads are left out, to check the rest of the history alone.
 */
import type { History, Operation, Value } from '@/sim/checkers/linearizability';
import type { TraceReader } from '@/sim/core/trace';
import { traceOperations, type TracedOperation } from './traceOperations';

export interface HistoryOptions {
  /** What to do with a read that returned siblings: `violation` (default) or `exclude`. */
  readonly siblings?: 'violation' | 'exclude';
}

/** Whether something is a register value the checker can hold. Pure. */
export function isValue(value: unknown): value is Value {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** The register value standing for a sibling read, such as "siblings [2,5]". Pure. */
export function siblingsValue(values: readonly unknown[]): string {
  return `siblings ${JSON.stringify(values)}`;
}

function toOperation(op: TracedOperation, options: HistoryOptions): Operation | null {
  const base = {
    process: op.process,
    key: op.key,
    call: op.call,
    return: op.return,
    status: op.status,
  };
  if (op.f === 'write')
    return isValue(op.argument) ? { ...base, f: 'write', value: op.argument } : null;
  if (op.f !== 'read') return null;
  if (op.status !== 'ok') return { ...base, f: 'read', value: null };
  if (Array.isArray(op.result))
    return options.siblings === 'exclude'
      ? null
      : { ...base, f: 'read', value: siblingsValue(op.result) };
  return { ...base, f: 'read', value: isValue(op.result) ? op.result : null };
}

/**
 * The history of `trace[0, end)`: every read and write, in invocation order. Operations
 * of other kinds, and writes of values a register cannot hold, are left out. Pure.
 */
export function historyFromTrace(
  trace: TraceReader,
  end = trace.length,
  options: HistoryOptions = {},
): History {
  const ops = traceOperations(trace, end).flatMap((op) => {
    const operation = toOperation(op, options);
    return operation ? [operation] : [];
  });
  return { model: 'register', init: null, ops, units: 'micros' };
}
