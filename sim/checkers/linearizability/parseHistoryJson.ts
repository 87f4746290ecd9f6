/**
 * Parses and validates the JSON history format (see DESIGN.md, "History format"):
 *
 *   {"model": "register" | "cas-register", "init": <value>, "ops": [
 *     {"process": 1, "key": "x", "f": "cas", "value": [0, 1], "result": true,
 *      "call": 3, "return": 7, "status": "ok"}, ...]}
 *
 * `init` defaults to null and `key` to the single default register. An optional
 * `"units": "micros"` says the times are microseconds (a simulation's history), so
 * explanations give them in seconds. Every problem is
 * reported, each naming its field, e.g. `ops[3].status: expected "ok", "fail" or "info",
 * got "done"`.
 */
import type { History, Model, Operation, OpStatus, ParseResult, Value } from './history';
import { findOperationProblems, parseFailure } from './history';
import {
  checkKnownFields,
  isJsonRecord,
  pushTypeError,
  readChoice,
  readInteger,
  readReturnTime,
  readTime,
  readValue,
  readValuePair,
} from './jsonFields';
import type { JsonRecord } from './jsonFields';
import { locateJsonError } from './locateJsonError';
import { assertNever } from '@/sim/core/assertNever';

const MODELS: readonly Model[] = ['register', 'cas-register'];
const FUNCTIONS: readonly Operation['f'][] = ['read', 'write', 'cas'];
const STATUSES: readonly OpStatus[] = ['ok', 'fail', 'info'];
const HISTORY_FIELDS = ['model', 'init', 'ops', 'units'];
const UNITS = ['micros'] as const;
const OP_FIELDS = ['process', 'key', 'f', 'value', 'result', 'call', 'return', 'status'];

/**
 * Parses a JSON history. Never throws: invalid JSON gives the line, column and offset of
 * the first syntax error, and invalid content gives one message per problem. Pure.
 */
export function parseHistoryJson(text: string): ParseResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const where = locateJsonError(text);
    const message = where
      ? `${where.problem} at line ${where.line}, column ${where.column} (position ${where.position})`
      : error instanceof Error
        ? error.message
        : String(error);
    return parseFailure([`invalid JSON: ${message}`]);
  }
  const errors: string[] = [];
  const history = readHistory(doc, errors);
  if (history === undefined || errors.length > 0) {
    return parseFailure(errors);
  }
  return { ok: true, history };
}

function readHistory(doc: unknown, errors: string[]): History | undefined {
  if (!isJsonRecord(doc)) {
    pushTypeError(errors, 'history', 'an object with "model", "init" and "ops"', doc);
    return undefined;
  }
  checkKnownFields(doc, HISTORY_FIELDS, '', errors);
  const model = readChoice(doc.model, MODELS, 'model', errors);
  const init = doc.init === undefined ? null : readValue(doc.init, 'init', errors);
  if (!Array.isArray(doc.ops)) {
    pushTypeError(errors, 'ops', 'an array of operations', doc.ops);
    return undefined;
  }
  const ops: Operation[] = [];
  doc.ops.forEach((raw: unknown, index) => {
    const op = readOperation(raw, `ops[${index}]`, model, errors);
    if (op !== undefined) ops.push(op);
  });
  const units = doc.units === undefined ? undefined : readChoice(doc.units, UNITS, 'units', errors);
  if (model === undefined || init === undefined) return undefined;
  return units === undefined ? { model, init, ops } : { model, init, ops, units };
}

function readOperation(
  raw: unknown,
  path: string,
  model: Model | undefined,
  errors: string[],
): Operation | undefined {
  if (!isJsonRecord(raw)) {
    pushTypeError(errors, path, 'an operation object', raw);
    return undefined;
  }
  const errorCountBefore = errors.length;
  checkKnownFields(raw, OP_FIELDS, `${path}.`, errors);
  const process = readInteger(raw.process, `${path}.process`, errors);
  const key = readKey(raw.key, `${path}.key`, errors);
  const f = readChoice(raw.f, FUNCTIONS, `${path}.f`, errors);
  const call = readTime(raw.call, `${path}.call`, errors);
  const returnTime = readReturnTime(raw.return, `${path}.return`, errors);
  const status = readChoice(raw.status, STATUSES, `${path}.status`, errors);
  if (
    process === undefined ||
    key === undefined ||
    f === undefined ||
    call === undefined ||
    returnTime === undefined ||
    status === undefined
  ) {
    return undefined;
  }
  const base = { process, key, call, return: returnTime, status };
  const op = readArguments(raw, f, base, path, errors);
  if (op === undefined || errors.length > errorCountBefore) return undefined;
  if (model !== undefined) {
    for (const problem of findOperationProblems(op, model)) errors.push(`${path}.${problem}`);
  }
  return op;
}

type OperationFields = Pick<Operation, 'process' | 'key' | 'call' | 'return' | 'status'>;

/** Reads `value` and `result`, whose meaning depends on `f`. */
function readArguments(
  raw: JsonRecord,
  f: Operation['f'],
  base: OperationFields,
  path: string,
  errors: string[],
): Operation | undefined {
  switch (f) {
    case 'read': {
      rejectResult(raw, f, path, errors);
      // Only an ok read observed anything; others may leave `value` out.
      const value: Value | undefined =
        base.status !== 'ok' && raw.value === undefined
          ? null
          : readValue(raw.value, `${path}.value`, errors);
      return value === undefined ? undefined : { ...base, f, value };
    }
    case 'write': {
      rejectResult(raw, f, path, errors);
      const value = readValue(raw.value, `${path}.value`, errors);
      return value === undefined ? undefined : { ...base, f, value };
    }
    case 'cas': {
      const value = readValuePair(raw.value, `${path}.value`, errors);
      const result = readCasResult(raw.result, `${path}.result`, errors);
      if (value === undefined || result === undefined) return undefined;
      return { ...base, f, value, result };
    }
    default:
      return assertNever(f);
  }
}

function readKey(raw: unknown, path: string, errors: string[]): string | null | undefined {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') return raw;
  pushTypeError(errors, path, 'a string (or leave it out for the single register)', raw);
  return undefined;
}

function readCasResult(raw: unknown, path: string, errors: string[]): boolean | null | undefined {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'boolean') return raw;
  pushTypeError(errors, path, 'true (it swapped) or false (the value differed)', raw);
  return undefined;
}

function rejectResult(raw: JsonRecord, f: Operation['f'], path: string, errors: string[]) {
  if (raw.result !== undefined) {
    errors.push(`${path}.result: only "cas" operations have a result, but f is "${f}"`);
  }
}
