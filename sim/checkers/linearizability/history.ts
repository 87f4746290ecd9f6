/**
 * The history format that the linearizability checker reads: a record of what clients
 * asked a register to do, when they asked, when they heard back, and what they heard.
 *
 * The vocabulary follows Herlihy & Wing 1990, "Linearizability: a correctness condition
 * for concurrent objects": each operation is an interval from its invocation (`call`) to
 * its response (`return`), and the object is linearizable if every operation can be given
 * one instant inside its interval so that the instants, in order, are a legal run of the
 * sequential object (the `model`).
 */

/** The sequential object the history is checked against. */
export type Model = 'register' | 'cas-register';

/** A register value. `null` is a value too: Jepsen's `nil`, a register never written. */
export type Value = number | string | boolean | null;

/**
 * - `ok`: the operation took effect and `value`/`result` is what it observed.
 * - `fail`: the operation definitely did not take effect.
 * - `info`: unknown outcome. It may take effect at any instant after its call, or never,
 *   so the checker treats its return as +infinity.
 */
export type OpStatus = 'ok' | 'fail' | 'info';

interface OperationBase {
  /** The client that issued the operation. */
  readonly process: number;
  /** Which register. `null` is the default single register. */
  readonly key: string | null;
  /** Invocation time, in the history's own units. */
  readonly call: number;
  /** Response time; `null` if the client never heard back (only for `fail` and `info`). */
  readonly return: number | null;
  readonly status: OpStatus;
}

/** A read. `value` is what it returned; meaningless unless `status` is `ok`. */
export interface ReadOperation extends OperationBase {
  readonly f: 'read';
  readonly value: Value;
}

/** A write of `value`. */
export interface WriteOperation extends OperationBase {
  readonly f: 'write';
  readonly value: Value;
}

/**
 * Compare-and-set: if the register holds `value[0]`, set it to `value[1]`.
 * `result` is `true` if it swapped, `false` if it saw a different value, and `null` when
 * the outcome is unknown (`info`) or irrelevant (`fail`).
 */
export interface CasOperation extends OperationBase {
  readonly f: 'cas';
  readonly value: readonly [Value, Value];
  readonly result: boolean | null;
}

export type Operation = ReadOperation | WriteOperation | CasOperation;

/** A complete history: the model, the register's initial value, and every operation. */
export interface History {
  readonly model: Model;
  readonly init: Value;
  readonly ops: readonly Operation[];
  /**
   * `micros`: times are virtual microseconds, as a simulation's are, and explanations
   * say them in seconds. Absent: times are in the history's own units.
   */
  readonly units?: 'micros';
}

/** What every parser returns. Parsers never throw. */
export type ParseResult =
  | { readonly ok: true; readonly history: History }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Past this many, further parse errors are counted rather than listed. */
const ERRORS_LISTED_MAX = 50;

/** A failed parse, listing at most 50 errors and counting the rest. Pure. */
export function parseFailure(errors: readonly string[]): ParseResult {
  const listed = errors.slice(0, ERRORS_LISTED_MAX).map(boundMessage);
  if (errors.length <= ERRORS_LISTED_MAX) return { ok: false, errors: listed };
  const hidden = errors.length - ERRORS_LISTED_MAX;
  return { ok: false, errors: [...listed, `…and ${hidden} more errors`] };
}

/** The longest message about one problem; a message quoting a huge name is cut short. */
export const ERROR_CHARS_MAX = 300;

function boundMessage(message: string): string {
  return message.length <= ERROR_CHARS_MAX ? message : `${message.slice(0, ERROR_CHARS_MAX - 1)}…`;
}

/** The operations each model supports. */
export const OPERATIONS_BY_MODEL: Readonly<Record<Model, readonly Operation['f'][]>> = {
  register: ['read', 'write'],
  'cas-register': ['read', 'write', 'cas'],
};

/**
 * Problems with an operation that its types cannot rule out: a return before its call,
 * a missing return on an `ok` operation, an `ok` cas without a result, an operation the
 * model does not support. Returns one message per problem, each starting with the field
 * name, e.g. `return: 3 is before call 5`. Pure.
 */
export function findOperationProblems(op: Operation, model: Model): string[] {
  const problems: string[] = [];
  if (!OPERATIONS_BY_MODEL[model].includes(op.f)) {
    problems.push(`f: "${op.f}" is not an operation of the "${model}" model`);
  }
  if (op.return === null && op.status === 'ok') {
    problems.push('return: an "ok" operation needs a return time, got null');
  }
  if (op.return !== null && op.return < op.call) {
    problems.push(`return: ${op.return} is before call ${op.call}`);
  }
  if (op.f === 'cas' && op.status === 'ok' && op.result === null) {
    problems.push('result: an "ok" cas needs a result, true (it swapped) or false (it did not)');
  }
  return problems;
}
