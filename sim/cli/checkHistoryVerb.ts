/**
 * The `check-history` verb: reads a history (Lightcone's JSON format or a Jepsen log),
 * checks it for linearizability, and prints the verdict as JSON. A malformed file is a
 * user error: every problem is listed (naming the line or operation) and the exit code is 2.
 * A non-linearizable history is a normal answer, exit code 0; `--strict` makes it 1, for
 * scripts that want to fail on it. A check that reaches its step, memory or time limit
 * (or fails in any other way) answers "unknown" with the reason, and exits 3.
 */
import {
  checkLinearizability,
  parseHistory,
  type CheckOptions,
  type History,
  type Verdict,
} from '@/sim/checkers/linearizability';
import { lastValue, type ParsedArgs } from './parseArgs';
import { EXIT_OK, reportUsageErrors, type CliIo, type Verb } from './verb';
import { parseDuration } from '@/sim/core/time';

/** The checker could not decide: a limit was reached, or it failed. */
export const EXIT_UNKNOWN = 3;

/** Defaults: enough for any real history we know of (Jepsen's etcd suite needs < 2 M). */
export const STEPS_MAX_DEFAULT = 100_000_000;
export const MEMORY_MB_DEFAULT = 512;

/** The JSON the verb prints. Pure. */
export function formatVerdict(path: string, history: History, verdict: Verdict): string {
  const base = { file: path, model: history.model, operations: history.ops.length };
  if (verdict.linearizable === true)
    return `${JSON.stringify({ linearizable: true, ...base }, null, 2)}\n`;
  if (verdict.linearizable === 'unknown') {
    return `${JSON.stringify({ linearizable: 'unknown', ...base, reason: verdict.reason, limit: verdict.limit }, null, 2)}\n`;
  }
  const offending = verdict.ops.map((index) => ({ index, ...history.ops[index]! }));
  return `${JSON.stringify(
    { linearizable: false, ...base, key: verdict.key, explanation: verdict.explanation, offending },
    null,
    2,
  )}\n`;
}

export const checkHistoryVerb: Verb = {
  name: 'check-history',
  args: '<file>',
  summary: 'check a history (JSON or Jepsen log) for linearizability and print the verdict',
  flags: {
    strict: { help: 'exit with code 1 when the history is not linearizable' },
    timeout: {
      value: 'duration',
      help: 'give up after this long, such as 30s or 2m (default: none)',
    },
    'steps-max': {
      value: 'n',
      help: `search steps per key before giving up (default ${STEPS_MAX_DEFAULT})`,
    },
    'memory-max': {
      value: 'MB',
      help: `memory for the search, in MB, before giving up (default ${MEMORY_MB_DEFAULT})`,
    },
  },
  details: () => [
    'Exit codes: 0 a verdict (linearizable or not), 1 not linearizable under --strict,',
    '2 bad arguments or an unreadable history, 3 could not decide: a step, memory or time',
    'limit was reached, and the JSON says "linearizable": "unknown" with the reason.',
    '',
    'The JSON format: {"model": "register" | "cas-register", "init": null, "ops": [',
    '  {"process": 0, "key": "x", "f": "write", "value": 1, "call": 0, "return": 5, "status": "ok"}, …]}',
    'status is ok, fail (did not happen) or info (unknown); return is null if the client never heard back.',
    'A Jepsen log has lines like `INFO  jepsen.util - 3\t:invoke\t:write\t4`.',
  ],
  run(args, io: CliIo) {
    const [path, ...extra] = args.positionals;
    if (path === undefined)
      return reportUsageErrors(io, ['check-history needs a history file'], checkHistoryVerb);
    if (extra.length > 0)
      return reportUsageErrors(io, [`unexpected argument "${extra[0]}"`], checkHistoryVerb);
    const read = io.readText(path);
    if (!read.ok) return reportUsageErrors(io, [read.message], checkHistoryVerb);
    const parsed = parseHistory(read.text);
    if (!parsed.ok)
      return reportUsageErrors(
        io,
        parsed.errors.map((error) => `${path}: ${error}`),
        checkHistoryVerb,
      );
    const limits = parseLimits(args);
    if (!limits.ok) return reportUsageErrors(io, limits.errors, checkHistoryVerb);
    const verdict = checkWithin(parsed.history, limits.value, io);
    io.out(formatVerdict(path, parsed.history, verdict));
    if (verdict.linearizable === 'unknown') {
      io.err(`sim: could not decide: ${verdict.reason}\n`);
      return EXIT_UNKNOWN;
    }
    return verdict.linearizable === false && args.switches.has('strict') ? 1 : EXIT_OK;
  },
};

interface Limits {
  readonly stepsMax: number;
  readonly memoryMb: number;
  /** Milliseconds, or null for none. */
  readonly timeoutMs: number | null;
}

/** Reads --steps-max, --memory-max and --timeout. Pure. */
export function parseLimits(
  args: ParsedArgs,
): { ok: true; value: Limits } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const whole = (name: string, fallback: number): number => {
    const text = lastValue(args, name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (/^\d+$/.test(text) && Number.isSafeInteger(value) && value > 0) return value;
    errors.push(`--${name}: "${text.slice(0, 40)}" is not a whole number above 0`);
    return fallback;
  };
  const stepsMax = whole('steps-max', STEPS_MAX_DEFAULT);
  const memoryMb = whole('memory-max', MEMORY_MB_DEFAULT);
  const timeoutText = lastValue(args, 'timeout');
  let timeoutMs: number | null = null;
  if (timeoutText !== undefined) {
    const micros = /^\s*\d+(\.\d+)?\s*$/.test(timeoutText) ? null : parseDuration(timeoutText);
    if (micros === null || micros === 0)
      errors.push(
        `--timeout: "${timeoutText.slice(0, 40)}" is not a duration above 0 with a unit: ` +
          'us, ms, s or m, such as 30s or 2m',
      );
    else timeoutMs = micros / 1000;
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { stepsMax, memoryMb, timeoutMs } };
}

/**
 * Checks `history` within `limits`. Never throws: a failure of the checker itself (such
 * as an allocation it cannot make) is an `unknown` verdict that says what happened.
 */
export function checkWithin(history: History, limits: Limits, io: CliIo): Verdict {
  const now = () => io.now?.() ?? 0;
  const started = now();
  let timedOut = false;
  const options: CheckOptions = {
    searchStepsMax: limits.stepsMax,
    cacheBytesMax: limits.memoryMb * 1024 * 1024,
    onProgress: () =>
      limits.timeoutMs !== null && now() - started > limits.timeoutMs && (timedOut = true),
  };
  try {
    const verdict = checkLinearizability(history, options);
    if (verdict.linearizable !== 'unknown' || !timedOut) return verdict;
    const seconds = (limits.timeoutMs ?? 0) / 1000;
    return { ...verdict, reason: `the time limit of ${seconds} s ran out; ${verdict.reason}` };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      linearizable: 'unknown',
      limit: 'memory',
      reason: `the checker failed (${message.slice(0, 200)}).`,
    };
  }
}
