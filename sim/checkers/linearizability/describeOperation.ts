/**
 * Plain-English fragments for operations, used to build the one-sentence explanations
 * of a violation. Fragments start in lower case; `toSentence` capitalises.
 */
import type { Operation, Value } from './history';
import { assertNever } from '@/sim/core/assertNever';

/** `3`, `"x"`, `true`, `null`. Pure. */
export function formatValue(value: Value): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `t=4`. Pure. */
export function formatTime(time: number): string {
  return `t=${time}`;
}

/** `t=4–9`; `t=4` if it returned at once; `t=4–?` if its outcome is unknown. Pure. */
export function formatInterval(op: Operation): string {
  if (op.status === 'info' || op.return === null) return `t=${op.call}–?`;
  return op.return === op.call ? `t=${op.call}` : `t=${op.call}–${op.return}`;
}

/** The value an operation writes if it takes effect (cas: `to`). Pure. */
export function writtenValue(op: Operation): Value {
  return op.f === 'cas' ? op.value[1] : op.value;
}

/**
 * `process 4's write of 0`, `process 4's compare-and-set from 3 to 0`,
 * `process 2's read of 3`. Pure.
 */
export function describeOperation(op: Operation): string {
  const who = `process ${op.process}'s`;
  switch (op.f) {
    case 'read':
      return op.status === 'ok' ? `${who} read of ${formatValue(op.value)}` : `${who} read`;
    case 'write':
      return `${who} write of ${formatValue(op.value)}`;
    case 'cas':
      return `${who} compare-and-set from ${formatValue(op.value[0])} to ${formatValue(op.value[1])}`;
    default:
      return assertNever(op);
  }
}

/**
 * What an observing operation saw, as the start of a sentence: `process 2 read 3` or
 * `process 2's compare-and-set from 3 to 0 succeeded, so it saw 3`. `seen` replaces the
 * value's text, e.g. `the initial value 3`. Pure.
 */
export function describeObservation(op: Operation, seen?: string): string {
  const valueText = seen ?? formatValue(observedValue(op));
  if (op.f === 'read') return `process ${op.process} read ${valueText}`;
  return `${describeOperation(op)} succeeded, so it saw ${valueText}`;
}

/** The value an observing operation saw (a read's result, a successful cas's `from`). */
export function observedValue(op: Operation): Value {
  return op.f === 'cas' ? op.value[0] : op.value;
}

/** Capitalises, prefixes the key when there are several, and ends with a full stop. */
export function toSentence(key: string | null, text: string): string {
  const body = key === null ? text : `on key ${JSON.stringify(key)}, ${text}`;
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}
