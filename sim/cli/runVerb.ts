/**
 * The `run` verb: validate everything first (flags, then the command log), run, then
 * write the trace and print the summary. Nothing is written unless the whole request is
 * valid, so a typo never leaves a half-written trace file behind.
 */
import { parseCommandsJson } from '@/sim/core/commandJson';
import type { Command } from '@/sim/core/commands';
import { describeTime, type Micros } from '@/sim/core/time';
import { scenarios } from '@/sim/scenarios';
import { historyFromTrace } from '@/sim/checkers/history';
import { describeScenarios } from './describeScenarios';
import { formatRunJson, formatRunText, formatTraceLines } from './formatRun';
import { parseRunOptions, RUN_FLAGS, type RunOptions } from './parseRunOptions';
import { runScenario } from './runScenario';
import { EXIT_OK, EXIT_USAGE, PROGRAM, reportUsageErrors, type CliIo, type Verb } from './verb';

type LogResult = { ok: true; commands: Command[] } | { ok: false; errors: string[] };

/** Reads and validates the `--commands` file; every problem names the file. */
function loadCommandLog(options: RunOptions, io: CliIo): LogResult {
  const path = options.commandsPath;
  if (path === undefined) return { ok: true, commands: [] };
  const read = io.readText(path);
  if (!read.ok) return { ok: false, errors: [read.message] };
  const { scenario, params } = options;
  const parsed = parseCommandsJson(read.text, {
    nodes: scenario.nodes(params),
    params: scenario.params,
  });
  return parsed.ok
    ? parsed
    : { ok: false, errors: parsed.errors.map((error) => `${path}: ${error}`) };
}

/** Wall time before the first progress line, and between lines, in ms. */
const PROGRESS_EVERY_MS = 2000;

/**
 * Progress on stderr for a run that takes a while: silent for the first two seconds,
 * then a line every two seconds, so scripts reading stdout are never disturbed.
 */
export function progressReporter(
  io: CliIo,
  untilUs: Micros,
): ((now: Micros, events: number) => void) | undefined {
  const clock = io.now;
  if (!clock) return undefined;
  let next = clock() + PROGRESS_EVERY_MS;
  return (now, events) => {
    const wall = clock();
    if (wall < next) return;
    next = wall + PROGRESS_EVERY_MS;
    const percent = Math.floor((100 * now) / Math.max(1, untilUs));
    io.err(
      `sim: at ${describeTime(now)} of ${describeTime(untilUs)} (${percent}%), ${events.toLocaleString('en-US')} events…\n`,
    );
  };
}

export const runVerb: Verb = {
  name: 'run',
  args: '<scenario> [options]',
  summary: 'run a scenario headless to a virtual time and summarise the run',
  flags: RUN_FLAGS,
  details: () => [
    'A --param value uses the same syntax as the URL: nodes=7, heartbeat=250ms, loss=0.1.',
    'A --commands file is a JSON list such as',
    '  [{"at": "2s", "type": "partition", "groups": [["n1","n2"],["n3","n4","n5"]]},',
    '   {"at": "3s", "type": "crash", "node": "n3"}, {"at": "6s", "type": "heal"}]',
    '',
    ...describeScenarios(scenarios),
    '',
    'Example:',
    `  ${PROGRAM} run ${Object.keys(scenarios)[0] ?? '<scenario>'} --seed 7 --until 10s --json`,
    `  ${PROGRAM} run cap --param mode=ap-lww --commands sim/cli/examples/faults.json --history h.json`,
    `  ${PROGRAM} run quorums --param n=3 --param r=1 --param w=1 --until 60s --t 0,5,10,50 --json`,
  ],
  run(args, io) {
    const parsed = parseRunOptions(args);
    if (!parsed.ok) return reportUsageErrors(io, parsed.errors, runVerb);
    const options = parsed.options;
    if (options.note !== undefined) io.err(`sim: ${options.note}\n`);
    const log = loadCommandLog(options, io);
    if (!log.ok) return reportUsageErrors(io, log.errors, runVerb);
    const result = runScenario({
      scenario: options.scenario,
      params: options.params,
      seed: options.seed,
      commands: log.commands,
      untilUs: options.untilUs,
      onProgress: progressReporter(io, options.untilUs),
      ...(options.tMs === undefined ? {} : { tMs: options.tMs }),
    });
    if (result.stopped !== null) {
      io.err(`sim: ${result.stopped}\n`);
      return EXIT_USAGE;
    }
    const { summary, trace } = result;
    const outputs: [string | undefined, () => string][] = [
      [options.tracePath, () => formatTraceLines(trace)],
      [
        options.historyPath,
        () => `${JSON.stringify(historyFromTrace(trace, trace.length), null, 1)}\n`,
      ],
    ];
    for (const [path, render] of outputs) {
      if (path === undefined) continue;
      const failure = io.writeText(path, render());
      if (failure !== null) {
        io.err(`sim: ${failure}\n`);
        return EXIT_USAGE;
      }
    }
    io.out(options.json ? formatRunJson(summary) : formatRunText(summary));
    return EXIT_OK;
  },
};
