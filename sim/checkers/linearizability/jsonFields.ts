/**
 * Small readers for untrusted JSON fields. Each takes the raw field, its path for error
 * messages (e.g. `ops[3].call`) and an error list; it returns the typed value, or
 * `undefined` after pushing one specific message. Used by `parseHistoryJson`. The readers
 * are pure apart from appending to `errors`.
 */
import type { Value } from './history';

export type JsonRecord = Readonly<Record<string, unknown>>;

/** True for a plain JSON object (not an array, not null). Pure. */
export function isJsonRecord(raw: unknown): raw is JsonRecord {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** Describes a raw JSON value for an error message: `"done"`, `3`, `an array`. Pure. */
export function describeJson(raw: unknown): string {
  if (raw === undefined) return 'nothing';
  if (Array.isArray(raw)) return 'an array';
  if (isJsonRecord(raw)) return 'an object';
  return JSON.stringify(raw);
}

/** Pushes `path: expected ..., got ...`, or `path: missing (expected ...)`. */
export function pushTypeError(errors: string[], path: string, expected: string, raw: unknown) {
  errors.push(
    raw === undefined
      ? `${path}: missing (expected ${expected})`
      : `${path}: expected ${expected}, got ${describeJson(raw)}`,
  );
}

/** An integer, e.g. a process id. */
export function readInteger(raw: unknown, path: string, errors: string[]): number | undefined {
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  pushTypeError(errors, path, 'an integer', raw);
  return undefined;
}

/** A finite number, e.g. a call time. */
export function readTime(raw: unknown, path: string, errors: string[]): number | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  pushTypeError(errors, path, 'a number', raw);
  return undefined;
}

/** A return time: a number, or `null` for an operation that never returned. */
export function readReturnTime(
  raw: unknown,
  path: string,
  errors: string[],
): number | null | undefined {
  if (raw === null) return null;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  pushTypeError(errors, path, 'a number, or null if it never returned', raw);
  return undefined;
}

/** True for a register value: a finite number, a string, a boolean or null. Pure. */
export function isValue(raw: unknown): raw is Value {
  return (
    raw === null ||
    typeof raw === 'string' ||
    typeof raw === 'boolean' ||
    (typeof raw === 'number' && Number.isFinite(raw))
  );
}

/** A register value. */
export function readValue(raw: unknown, path: string, errors: string[]): Value | undefined {
  if (isValue(raw)) return raw;
  pushTypeError(errors, path, 'a value (number, string, boolean or null)', raw);
  return undefined;
}

/** A cas argument: `[from, to]`. */
export function readValuePair(
  raw: unknown,
  path: string,
  errors: string[],
): readonly [Value, Value] | undefined {
  if (Array.isArray(raw) && raw.length === 2 && isValue(raw[0]) && isValue(raw[1])) {
    return [raw[0], raw[1]];
  }
  pushTypeError(errors, path, 'a pair [from, to] of values for "cas"', raw);
  return undefined;
}

/** One of a fixed set of strings, e.g. a status. The message lists the choices. */
export function readChoice<T extends string>(
  raw: unknown,
  choices: readonly T[],
  path: string,
  errors: string[],
): T | undefined {
  const found = choices.find((choice) => choice === raw);
  if (found !== undefined) return found;
  pushTypeError(errors, path, listChoices(choices), raw);
  return undefined;
}

/** `"ok", "fail" or "info"`; unquoted if `quote` is false. Pure. */
export function listChoices(choices: readonly string[], quote = true): string {
  const quoted = choices.map((choice) => (quote ? JSON.stringify(choice) : choice));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Pushes one error per field of `record` that is not in `known`. */
export function checkKnownFields(
  record: JsonRecord,
  known: readonly string[],
  path: string,
  errors: string[],
) {
  for (const field of Object.keys(record)) {
    if (!known.includes(field)) {
      errors.push(`${path}${field}: unknown field (expected one of ${known.join(', ')})`);
    }
  }
}
