/**
 * Plain-English fragments for operations, used to build the one-sentence explanations
 * of a violation. Fragments start in lower case; `toSentence` capitalises.
 *
 * Clients are named as the history views name them (`c3` for process 3). A history in
 * virtual microseconds (`units: 'micros'`, as a simulation's is) gives times in seconds
 * (`4.200 s`); any other history gives them in its own units (`t=4`). Values read as a
 * person would say them: `no value` for null, `siblings 1 and 2` for a sibling read.
 */
import type { History, Operation, Value } from './history';
import { assertNever } from '@/sim/core/assertNever';

/** How one history's times and values are said. */
export interface Words {
  /** `4.200 s` or `t=4`; `other` is a time said in the same sentence, kept apart from it. */
  readonly time: (time: number, other?: number) => string;
  readonly value: (value: Value) => string;
}

/** The name views give a process's client: `c3`. Pure. */
export function clientName(process: number): string {
  return `c${process}`;
}

const US_PER_S = 1_000_000;

/** Seconds to the millisecond, or to the microsecond where that is what tells two apart. */
function seconds(time: number, other?: number): string {
  const ms = (t: number) => Math.round(t / 1000);
  const fine = other !== undefined && other !== time && ms(other) === ms(time);
  return `${(time / US_PER_S).toFixed(fine ? 6 : 3)} s`;
}

const SIBLINGS = /^siblings \[(.*)\]$/;

/** `3`, `"x"`, `true`, `no value`; `siblings 1 and 2` for a simulation's sibling read. */
function sayValue(value: Value, micros: boolean): string {
  if (value === null) return 'no value';
  const siblings = micros && typeof value === 'string' ? SIBLINGS.exec(value) : null;
  if (siblings) return `siblings ${andList((siblings[1] ?? '').split(','))}`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The words for `history`. Pure. */
export function wordsFor(history: Pick<History, 'units'>): Words {
  const micros = history.units === 'micros';
  return {
    time: micros ? seconds : (time) => `t=${time}`,
    value: (value) => sayValue(value, micros),
  };
}

/** Words for a history in its own units, for callers without one. */
export const PLAIN_WORDS: Words = wordsFor({});

/** `a`, `a and b`, `a, b and c`. Pure. */
export function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join('');
}

/**
 * `4.000–4.300 s` (or `t=4–9`); `at 4.000 s` if it returned at once; `from 4.000 s, outcome
 * unknown` if its outcome is unknown. Pure.
 */
export function formatInterval(op: Operation, words: Words): string {
  if (op.status === 'info' || op.return === null)
    return `from ${words.time(op.call)}, outcome unknown`;
  if (op.return === op.call) return `at ${words.time(op.call)}`;
  const [from, to] = [words.time(op.call, op.return), words.time(op.return, op.call)];
  return from.startsWith('t=') ? `${from}–${op.return}` : `${from.slice(0, -2)}–${to}`;
}

/** The value an operation writes if it takes effect (cas: `to`). Pure. */
export function writtenValue(op: Operation): Value {
  return op.f === 'cas' ? op.value[1] : op.value;
}

/** `c4's write of 0`, `c4's compare-and-set from 3 to 0`, `c2's read of 3`. Pure. */
export function describeOperation(op: Operation, words: Words): string {
  const who = `${clientName(op.process)}'s`;
  switch (op.f) {
    case 'read':
      return op.status === 'ok' ? `${who} read of ${words.value(op.value)}` : `${who} read`;
    case 'write':
      return `${who} write of ${words.value(op.value)}`;
    case 'cas':
      return `${who} compare-and-set from ${words.value(op.value[0])} to ${words.value(op.value[1])}`;
    default:
      return assertNever(op);
  }
}

/**
 * What an observing operation saw, as the start of a sentence: `c2 read 3` or
 * `c2's compare-and-set from 3 to 0 succeeded, so it saw 3`. `seen` replaces the value's
 * text, e.g. `the initial value 3`. Pure.
 */
export function describeObservation(op: Operation, words: Words, seen?: string): string {
  const valueText = seen ?? words.value(observedValue(op));
  if (op.f === 'read') return `${clientName(op.process)} read ${valueText}`;
  return `${describeOperation(op, words)} succeeded, so it saw ${valueText}`;
}

/** The value an observing operation saw (a read's result, a successful cas's `from`). */
export function observedValue(op: Operation): Value {
  return op.f === 'cas' ? op.value[0] : op.value;
}

/**
 * Capitalises (but not a client's name: `c3 read 1`), prefixes the key when there are
 * several, and ends with a full stop.
 */
export function toSentence(key: string | null, text: string): string {
  const body = key === null ? text : `on key ${JSON.stringify(key)}, ${text}`;
  if (/^c\d/.test(body)) return `${body}.`;
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}
