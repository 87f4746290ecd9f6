/**
 * Verb dispatch. `VERBS` is the one table of verbs: the help, the flag parser and the
 * dispatcher all read it. To add a verb, write a `Verb` (see runVerb.ts) and list it
 * here.
 *
 * runCli does everything except touch the process: it gets argv and a CliIo and
 * returns the exit code, so tests can drive it in memory.
 */
import { scenarios } from '@/sim/scenarios';
import { generalHelp, verbHelp } from './generalHelp';
import { parseArgs, wantsHelp } from './parseArgs';
import { runVerb } from './runVerb';
import { checkHistoryVerb } from './checkHistoryVerb';
import { pbsVerb } from './pbsVerb';
import { EXIT_OK, reportUsageErrors, type CliIo, type Verb } from './verb';

export const VERBS: readonly Verb[] = [runVerb, checkHistoryVerb, pbsVerb];

function findVerb(verbs: readonly Verb[], name: string): Verb | undefined {
  return verbs.find((verb) => verb.name === name);
}

function unknownVerb(io: CliIo, verbs: readonly Verb[], name: string): number {
  const known = verbs.map((verb) => verb.name).join(', ');
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown verb "${name}"`;
  return reportUsageErrors(io, [`${what}; verbs are ${known}, help`]);
}

/**
 * Runs the CLI on `argv` (the arguments after the script name) and returns the exit
 * code. Its only effects are through `io`.
 */
export function runCli(argv: readonly string[], io: CliIo, verbs: readonly Verb[] = VERBS): number {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(generalHelp(verbs, scenarios));
    return EXIT_OK;
  }
  if (first === 'help') {
    const [topic, ...extra] = rest;
    if (extra.length > 0) return reportUsageErrors(io, [`unexpected argument "${extra[0]}"`]);
    if (topic === undefined) {
      io.out(generalHelp(verbs, scenarios));
      return EXIT_OK;
    }
    const verb = findVerb(verbs, topic);
    if (!verb) return unknownVerb(io, verbs, topic);
    io.out(verbHelp(verb));
    return EXIT_OK;
  }
  const verb = findVerb(verbs, first);
  if (!verb) return unknownVerb(io, verbs, first);
  if (wantsHelp(rest)) {
    io.out(verbHelp(verb));
    return EXIT_OK;
  }
  const parsed = parseArgs(rest, verb.flags);
  if (!parsed.ok) return reportUsageErrors(io, parsed.errors, verb);
  return verb.run(parsed.args, io);
}
