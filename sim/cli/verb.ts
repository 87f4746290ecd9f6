/**
 * What a verb is, and the I/O it may use. Verbs are listed in one table (see runCli.ts);
 * adding one, such as `check-history <file>`, means writing a Verb and adding it there.
 * Help, flag parsing and dispatch come from the table, so nothing else changes.
 *
 * Verbs touch the outside world only through CliIo, so they can be tested with an
 * in-memory one and main.ts stays a thin shell.
 */
import { boundMessages } from '@/sim/core/bounded';
import type { FlagSpecs, ParsedArgs } from './parseArgs';

/** How people run the CLI; used in usage lines and hints. */
export const PROGRAM = 'npm run sim --';

export const EXIT_OK = 0;
/** A user error: bad arguments, a bad input file. Never a stack trace. */
export const EXIT_USAGE = 2;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export interface CliIo {
  /** Reads a text file; the failure message names the file and why. */
  readText(path: string): ReadResult;
  /** Writes a text file; returns a message naming the file and why, or null on success. */
  writeText(path: string, text: string): string | null;
  out(text: string): void;
  err(text: string): void;
  /** A monotonic clock in milliseconds: for time limits and progress on long runs. */
  now?(): number;
}

export interface Verb {
  readonly name: string;
  /** Arguments after the verb, such as "<scenario> [options]". */
  readonly args: string;
  /** One line for the list of verbs. */
  readonly summary: string;
  readonly flags: FlagSpecs;
  /** More help after the flags, such as the scenarios; pure. */
  details?(): string[];
  /** Does the work; returns the exit code. Reports user errors through `io.err`. */
  run(args: ParsedArgs, io: CliIo): number;
}

/** The hint printed after an error, pointing at the right help. Pure. */
export function helpHint(verb?: Verb): string {
  return verb
    ? `Run \`${PROGRAM} ${verb.name} --help\` for its options.`
    : `Run \`${PROGRAM} --help\` to see the verbs and scenarios.`;
}

/** Problems listed at once; a huge bad file gets its first few and a count. */
const USAGE_ERRORS_SHOWN = 20;

/** Prints each problem (shortened) on its own line, then a hint; returns EXIT_USAGE. */
export function reportUsageErrors(io: CliIo, errors: readonly string[], verb?: Verb): number {
  const shown = boundMessages(errors, USAGE_ERRORS_SHOWN);
  io.err(`${shown.map((error) => `sim: ${error}\n`).join('')}${helpHint(verb)}\n`);
  return EXIT_USAGE;
}
