/**
 * Turning the `run` verb's parsed flags into a run request. Unlike the URL, which keeps a
 * safe default for a bad value so the page still shows something, the CLI is strict: a
 * script that asked for `nodes=banana` must not silently get five nodes.
 */
import { defaultParams, parseParam, type ParamValue, type ParseResult } from '@/sim/core/params';
import { SEED_MAX } from '@/sim/core/rng';
import type { Scenario } from '@/sim/core/scenario';
import { checkMaxTime } from '@/sim/core/limits';
import { DURATION_UNITS, parseDuration, US_PER_S, type Micros } from '@/sim/core/time';
import { findScenario, formerScenarioIds, scenarios } from '@/sim/scenarios';
import { lastValue, type FlagSpecs, type ParsedArgs } from './parseArgs';

export const RUN_FLAGS: FlagSpecs = {
  seed: { value: 'n', help: `PRNG seed, a whole number from 0 to ${SEED_MAX} (default 1)` },
  until: {
    value: 'time',
    help: 'virtual time to run to, such as 10s or 750ms (default 10s; at most the scenario’s longest run)',
  },
  param: { value: 'name=value', repeatable: true, help: 'set a scenario parameter' },
  commands: { value: 'file.json', help: 'a command log to replay (JSON list of commands)' },
  trace: { value: 'file', help: 'write the trace as JSON lines to this file' },
  history: {
    value: 'file',
    help: 'write the client history as JSON, for check-history or any linearizability checker',
  },
  t: {
    value: 'ms,ms,…',
    help: "times since commit in ms for a scenario's time-binned metrics (default 0,1,10,100)",
  },
  json: { help: 'print the summary as JSON (stable, for scripts)' },
};

export const DEFAULT_SEED = 1;
export const DEFAULT_UNTIL: Micros = 10 * US_PER_S;

export interface RunOptions {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly untilUs: Micros;
  readonly json: boolean;
  readonly tMs?: readonly number[];
  readonly commandsPath?: string;
  readonly tracePath?: string;
  readonly historyPath?: string;
  /** Something the user should know that is not an error, such as a renamed scenario. */
  readonly note?: string;
}

export type OptionsResult = { ok: true; options: RunOptions } | { ok: false; errors: string[] };

/** Reads a seed: a plain whole number in [0, SEED_MAX], nothing else. Pure. */
export function parseSeed(text: string): ParseResult<number> {
  const value = Number(text);
  return /^\d+$/.test(text) && value <= SEED_MAX
    ? { ok: true, value }
    : { ok: false, message: `--seed: "${text}" is not a whole number from 0 to ${SEED_MAX}` };
}

/**
 * Reads `--until`. A unit is required: a bare "10" would be microseconds to
 * parseDuration but milliseconds to a duration parameter, so we refuse to guess. Pure.
 */
export function parseUntil(text: string): ParseResult<Micros> {
  const value = /^\s*\d+(\.\d+)?\s*$/.test(text) ? null : parseDuration(text);
  return value === null
    ? {
        ok: false,
        message: `--until: "${text}" is not a time with a unit, such as 10s or 750ms (units: ${DURATION_UNITS})`,
      }
    : { ok: true, value };
}

/** Reads `--t`: a comma-separated list of times in ms, each a number ≥ 0. Pure. */
export function parseTimes(text: string): ParseResult<number[]> {
  const parts = text.split(',').map((part) => part.trim());
  const values = parts.map(Number);
  const bad = parts.findIndex(
    (part, i) => part === '' || !Number.isFinite(values[i]) || values[i]! < 0,
  );
  return bad === -1 && parts.length <= 100
    ? { ok: true, value: values }
    : {
        ok: false,
        message: `--t: "${text}" is not a list of times in ms such as 0,1,10,100 (each a number ≥ 0, at most 100)`,
      };
}

/** Reads repeated `--param name=value` flags over the scenario's defaults, strictly. Pure. */
export function parseParamFlags(
  scenario: Scenario,
  flags: readonly string[],
): { values: Record<string, ParamValue>; errors: string[] } {
  const values = defaultParams(scenario.params);
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const name = flag.slice(0, eq).trim();
    const def = Object.hasOwn(scenario.params, name) ? scenario.params[name] : undefined;
    if (eq <= 0) {
      errors.push(`--param "${flag}" is not name=value, such as heartbeat=250ms`);
    } else if (!def) {
      const known = Object.keys(scenario.params).join(', ');
      errors.push(`--param: ${scenario.id} has no parameter "${name}"; known: ${known}`);
    } else if (seen.has(name)) {
      errors.push(`--param: ${name} is given twice`);
    } else {
      seen.add(name);
      const parsed = parseParam(name, def, flag.slice(eq + 1));
      if (parsed.ok) values[name] = parsed.value;
      else errors.push(`--param ${parsed.message}`);
    }
  }
  return { values, errors };
}

/** The scenario `run` names, by its id or a former one (then with a note). */
function pickScenario(
  positionals: readonly string[],
  errors: string[],
): { scenario?: Scenario; note?: string } {
  const known = Object.keys(scenarios).join(', ');
  const [id, ...extra] = positionals;
  if (extra.length > 0) errors.push(`unexpected argument "${extra[0]}"`);
  if (id === undefined) {
    errors.push(`run needs a scenario; known: ${known}`);
    return {};
  }
  const renamed = Object.hasOwn(formerScenarioIds, id) ? formerScenarioIds[id] : undefined;
  const scenario = findScenario(renamed ?? id);
  if (!scenario) errors.push(`unknown scenario "${id}"; known: ${known}`);
  return renamed && scenario
    ? { scenario, note: `scenario "${id}" is now called "${renamed}"` }
    : { scenario };
}

/** A single-valued flag through its parser, or its default when absent. */
function readFlag<T>(
  args: ParsedArgs,
  name: string,
  parse: (text: string) => ParseResult<T>,
  fallback: T,
  errors: string[],
): T {
  const text = lastValue(args, name);
  if (text === undefined) return fallback;
  const parsed = parse(text);
  if (parsed.ok) return parsed.value;
  errors.push(parsed.message);
  return fallback;
}

/** Validates everything `run` was given, reporting every problem at once. Pure. */
export function parseRunOptions(args: ParsedArgs): OptionsResult {
  const errors: string[] = [];
  const { scenario, note } = pickScenario(args.positionals, errors);
  const seed = readFlag(args, 'seed', parseSeed, DEFAULT_SEED, errors);
  const untilUs = readFlag(args, 'until', parseUntil, DEFAULT_UNTIL, errors);
  const params = scenario && parseParamFlags(scenario, args.values.param ?? []);
  errors.push(...(params?.errors ?? []));
  if (params && params.errors.length === 0)
    errors.push(...(scenario?.check?.(params.values) ?? []));
  const tooLong = scenario && checkMaxTime(scenario, untilUs);
  if (tooLong) errors.push(`--until: ${tooLong}`);
  const tText = lastValue(args, 't');
  const tMs = tText === undefined ? undefined : readFlag(args, 't', parseTimes, [], errors);
  if (!scenario || !params || errors.length > 0) return { ok: false, errors };
  const commandsPath = lastValue(args, 'commands');
  const tracePath = lastValue(args, 'trace');
  const historyPath = lastValue(args, 'history');
  return {
    ok: true,
    options: {
      scenario,
      seed,
      params: params.values,
      untilUs,
      json: args.switches.has('json'),
      ...(tMs === undefined ? {} : { tMs }),
      ...(commandsPath === undefined ? {} : { commandsPath }),
      ...(tracePath === undefined ? {} : { tracePath }),
      ...(historyPath === undefined ? {} : { historyPath }),
      ...(note === undefined ? {} : { note }),
    },
  };
}
