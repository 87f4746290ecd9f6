/**
 * Parses a Jepsen register log (testdata/jepsen-etcd/README.md) into a History:
 *
 *   INFO  jepsen.util - 3	:invoke	:cas	[3 0]
 *   INFO  jepsen.util - 3	:fail	:cas	[3 0]
 *
 * A line's number (1-based) is its time. The model is a cas-register starting at nil.
 * How each completion maps to the history format:
 * - `:ok` read/write/cas: status ok; an ok cas swapped (result true).
 * - `:fail :cas [a b]`: the cas returned false because the value was not `a`. That is an
 *   observation, so it becomes status ok with result false.
 * - `:fail :write v`: definitely did not happen (status fail).
 * - `:fail :read …` and any `:fail … :keyword` (e.g. `:timed-out`): unknown outcome (info);
 *   a timeout does not prove the operation did not happen, and a read with an unknown
 *   outcome constrains nothing.
 * - `:info`: unknown outcome (info).
 * - an invoke with no completion by the end of the log: unknown outcome, return null.
 * Fields may be separated by tabs or runs of spaces; blank lines are skipped.
 */
import type { CasOperation, Operation, OpStatus, ParseResult, Value } from './history';
import { parseFailure } from './history';
import type { JepsenValue } from './jepsenValue';
import { formatJepsenValue, parseJepsenValue } from './jepsenValue';
import { listChoices } from './jsonFields';
import { assertNever } from '@/sim/core/assertNever';

const LINE_PATTERN = /^INFO\s+jepsen\.util\s+-\s+(\S+)\s+(\S+)\s+(\S+)\s+(.*?)\s*$/;
const LINE_SHAPE =
  'INFO  jepsen.util - <process> <:invoke|:ok|:fail|:info> <:read|:write|:cas> <value>';
const KINDS = [':invoke', ':ok', ':fail', ':info'] as const;
const FUNCTIONS = { ':read': 'read', ':write': 'write', ':cas': 'cas' } as const;
const QUOTED_LINE_CHARS_MAX = 80;

type Kind = (typeof KINDS)[number];

interface Event {
  readonly line: number;
  readonly process: number;
  readonly kind: Kind;
  readonly f: Operation['f'];
  readonly value: JepsenValue;
}

type Argument = Value | readonly [Value, Value];

/** An invoke waiting for its completion. */
interface Pending {
  readonly index: number;
  readonly event: Event;
  readonly argument: Argument;
}

/**
 * Parses a Jepsen log. Never throws. An empty log is a valid history with no
 * operations (nothing happened, so it is trivially linearizable). Errors name the
 * 1-based line number and what is wrong. Pure.
 */
export function parseJepsenLog(text: string): ParseResult {
  const errors: string[] = [];
  const ops: (Operation | undefined)[] = [];
  const pendingByProcess = new Map<number, Pending>();
  text.split(/\r?\n/).forEach((lineText, lineIndex) => {
    if (lineText.trim() === '') return;
    const event = readEvent(lineText, lineIndex + 1, errors);
    if (event === undefined) return;
    const pending = pendingByProcess.get(event.process);
    if (event.kind === ':invoke') {
      if (pending !== undefined) {
        errors.push(
          `line ${event.line}: process ${event.process} invoked :${event.f}, but its ` +
            `:${pending.event.f} invoked at line ${pending.event.line} has not completed`,
        );
        return;
      }
      const argument = readArgument(event);
      if (argument === undefined) {
        errors.push(`line ${event.line}: ${describeBadArgument(event)}`);
        return;
      }
      pendingByProcess.set(event.process, { index: ops.length, event, argument });
      ops.push(undefined);
      return;
    }
    if (pending === undefined || pending.event.f !== event.f) {
      const what =
        pending === undefined ? 'none' : `:${pending.event.f} at line ${pending.event.line}`;
      errors.push(
        `line ${event.line}: process ${event.process} completed :${event.f} without a ` +
          `matching invoke (its pending invoke: ${what})`,
      );
      return;
    }
    pendingByProcess.delete(event.process);
    ops[pending.index] = completeOperation(pending, event, errors);
  });
  for (const { index, event, argument } of pendingByProcess.values()) {
    ops[index] = buildOperation(event, null, 'info', argument, null);
  }
  const complete = ops.filter((op): op is Operation => op !== undefined);
  if (errors.length > 0) return parseFailure(errors);
  return { ok: true, history: { model: 'cas-register', init: null, ops: complete } };
}

function readEvent(lineText: string, line: number, errors: string[]): Event | undefined {
  const match = LINE_PATTERN.exec(lineText);
  if (match === null) {
    const quoted = JSON.stringify(lineText.slice(0, QUOTED_LINE_CHARS_MAX));
    errors.push(`line ${line}: expected "${LINE_SHAPE}", got ${quoted}`);
    return undefined;
  }
  const [, processText = '', kindText = '', fText = '', valueText = ''] = match;
  const problems: string[] = [];
  if (!/^\d+$/.test(processText)) {
    problems.push(`process: expected an integer, got ${JSON.stringify(processText)}`);
  }
  const kind = KINDS.find((candidate) => candidate === kindText);
  if (kind === undefined) {
    problems.push(`expected ${listChoices(KINDS, false)}, got ${JSON.stringify(kindText)}`);
  }
  const f = Object.hasOwn(FUNCTIONS, fText)
    ? FUNCTIONS[fText as keyof typeof FUNCTIONS]
    : undefined;
  if (f === undefined)
    problems.push(`expected :read, :write or :cas, got ${JSON.stringify(fText)}`);
  const value = parseJepsenValue(valueText);
  if (value === undefined) {
    const got = JSON.stringify(valueText);
    problems.push(`value: expected nil, an integer, [from to] or a :keyword, got ${got}`);
  }
  for (const problem of problems) errors.push(`line ${line}: ${problem}`);
  if (kind === undefined || f === undefined || value === undefined || problems.length > 0) {
    return undefined;
  }
  return { line, process: Number(processText), kind, f, value };
}

/** Turns an invoke and its completion into an operation (see the file header). */
function completeOperation(pending: Pending, done: Event, errors: string[]): Operation | undefined {
  const { event: invoke, argument } = pending;
  const outcome = done.value;
  switch (done.kind) {
    case ':info':
      return buildOperation(invoke, done.line, 'info', argument, null);
    case ':ok':
    case ':fail': {
      if (done.f === 'read') {
        if (done.kind === ':fail') return buildOperation(invoke, done.line, 'info', null, null);
        if (outcome.type === 'value') {
          return buildOperation(invoke, done.line, 'ok', outcome.value, null);
        }
        errors.push(
          `line ${done.line}: an :ok :read needs the value it read, got ${formatJepsenValue(outcome)}`,
        );
        return undefined;
      }
      if (done.kind === ':fail' && outcome.type === 'keyword') {
        return buildOperation(invoke, done.line, 'info', argument, null);
      }
      if (formatJepsenValue(invoke.value) !== formatJepsenValue(outcome)) {
        errors.push(
          `line ${done.line}: completion ${formatJepsenValue(outcome)} does not match the ` +
            `invoke's ${formatJepsenValue(invoke.value)} at line ${invoke.line}`,
        );
        return undefined;
      }
      if (done.f === 'cas') {
        return buildOperation(invoke, done.line, 'ok', argument, done.kind === ':ok');
      }
      return buildOperation(invoke, done.line, done.kind === ':ok' ? 'ok' : 'fail', argument, null);
    }
    case ':invoke':
      return undefined;
    default:
      return assertNever(done.kind);
  }
}

/** The invoke's argument: the written value or the cas pair; reads have none (null). */
function readArgument(invoke: Event): Argument | undefined {
  const value = invoke.value;
  if (invoke.f === 'read') return null;
  if (invoke.f === 'write') return value.type === 'value' ? value.value : undefined;
  return value.type === 'pair' ? [value.from, value.to] : undefined;
}

function describeBadArgument(invoke: Event): string {
  const expected = invoke.f === 'cas' ? '[from to]' : 'nil or an integer';
  return `:invoke :${invoke.f} needs ${expected}, got ${formatJepsenValue(invoke.value)}`;
}

function buildOperation(
  invoke: Event,
  returnLine: number | null,
  status: OpStatus,
  argument: Argument,
  result: boolean | null,
): Operation {
  const base = {
    process: invoke.process,
    key: null,
    call: invoke.line,
    return: returnLine,
    status,
  };
  if (invoke.f === 'cas')
    return { ...base, f: 'cas', value: argument as CasOperation['value'], result };
  return { ...base, f: invoke.f, value: argument as Value };
}
