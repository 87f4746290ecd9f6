/**
 * The `check-history` verb: reads a history (Lightcone's JSON format or a Jepsen log),
 * checks it for linearizability, and prints the verdict as JSON. A malformed file is a
 * user error: every problem is listed (naming the line or operation) and the exit code is 2.
 * A non-linearizable history is a normal answer, exit code 0; `--strict` makes it 1, for
 * scripts that want to fail on it.
 */
import {
  checkLinearizability,
  parseHistory,
  type History,
  type Verdict,
} from '@/sim/checkers/linearizability';
import { EXIT_OK, reportUsageErrors, type CliIo, type Verb } from './verb';

/** The JSON the verb prints. Pure. */
export function formatVerdict(path: string, history: History, verdict: Verdict): string {
  const base = { file: path, model: history.model, operations: history.ops.length };
  if (verdict.linearizable === true)
    return `${JSON.stringify({ linearizable: true, ...base }, null, 2)}\n`;
  if (verdict.linearizable === 'unknown') {
    return `${JSON.stringify({ linearizable: 'unknown', ...base, reason: verdict.reason }, null, 2)}\n`;
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
  },
  details: () => [
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
    const verdict = checkLinearizability(parsed.history);
    io.out(formatVerdict(path, parsed.history, verdict));
    return verdict.linearizable === false && args.switches.has('strict') ? 1 : EXIT_OK;
  },
};
