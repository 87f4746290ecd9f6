/**
 * Help text, built from the verb table and the scenario registry, so help cannot fall
 * out of step with what the CLI accepts.
 */
import type { Scenario } from '@/sim/core/scenario';
import { describeScenarios } from './describeScenarios';
import { describeFlags } from './parseArgs';
import { PROGRAM, type Verb } from './verb';

/** `--help`, `help` and no arguments: the verbs, then the scenarios. Pure. */
export function generalHelp(
  verbs: readonly Verb[],
  scenarios: Readonly<Record<string, Scenario>>,
): string {
  const heads = verbs.map((verb) => `${verb.name} ${verb.args}`);
  const width = Math.max(`help [verb]`.length, ...heads.map((head) => head.length));
  const lines = [
    'Lightcone simulator, headless: run scenarios from the command line.',
    '',
    `Usage: ${PROGRAM} <verb> [arguments] [options]`,
    '',
    'Verbs:',
    ...verbs.map((verb, i) => `  ${heads[i]!.padEnd(width)}  ${verb.summary}`),
    `  ${'help [verb]'.padEnd(width)}  show this help, or a verb's options`,
    '',
    ...describeScenarios(scenarios),
    '',
    `Run \`${PROGRAM} <verb> --help\` for a verb's options.`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `<verb> --help`: usage, flags and the verb's own details. Pure. */
export function verbHelp(verb: Verb): string {
  const lines = [
    `Usage: ${PROGRAM} ${verb.name} ${verb.args}`,
    '',
    `${verb.summary[0]!.toUpperCase()}${verb.summary.slice(1)}.`,
    '',
    'Options:',
    ...describeFlags({ ...verb.flags, help: { help: 'show this help' } }),
    ...(verb.details ? ['', ...verb.details()] : []),
  ];
  return `${lines.join('\n')}\n`;
}
