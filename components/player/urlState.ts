/**
 * The URL-state contract: a run is its seed, parameters, command log and current time,
 * and all four round-trip through the query string:
 *
 *   ?seed=7&nodes=7&loss=0.05&log=2s_crash_n3~4s_restart_n3&t=5s
 *
 * Parameters at their defaults are left out. A bad value never breaks the page: it is
 * reported in a specific message and replaced by its default.
 */
import {
  boundMessages,
  checkMaxTime,
  clipText,
  type Command,
  defaultParams,
  formatDuration,
  formatParam,
  type Micros,
  type ParamValue,
  parseDuration,
  parseParams,
  type Scenario,
  SEED_MAX,
} from '@/sim/core';
import { formatCommandText, parseCommandText } from './commandText';
import { readQueryValues } from './queryValues';

export interface RunState {
  readonly seed: number;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly commands: readonly Command[];
  readonly t: Micros;
}

export const DEFAULT_SEED = 1;

/** Embed options (embedOptions.ts), which that reader checks and reports itself. */
export const EMBED_OPTIONS = ['theme', 'controls', 'steps', 'origin', 'beats'] as const;

/** Query names that are not scenario parameters (`challenge` names a sandbox challenge). */
export const RESERVED = ['seed', 'log', 't', 'challenge', ...EMBED_OPTIONS] as const;

/** Most problems listed from one command log: the first few say what is wrong. */
const LOG_PROBLEMS_SHOWN = 3;

/** The default run of a scenario. Pure. */
export function defaultRunState(scenario: Scenario): RunState {
  return { seed: DEFAULT_SEED, params: defaultParams(scenario.params), commands: [], t: 0 };
}

function readSeed(raw: string | null, errors: string[]): number {
  if (raw === null) return DEFAULT_SEED;
  const seed = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isSafeInteger(seed) && seed <= SEED_MAX) return seed;
  errors.push(
    `seed: "${clipText(raw, 40)}" is not a whole number from 0 to ${SEED_MAX}; using ${DEFAULT_SEED}`,
  );
  return DEFAULT_SEED;
}

function readTime(scenario: Scenario, raw: string | null, errors: string[]): Micros {
  if (raw === null) return 0;
  const t = parseDuration(raw);
  const tooLong = t === null ? null : checkMaxTime(scenario, t);
  if (t !== null && tooLong === null) return t;
  errors.push(
    tooLong === null
      ? `t: "${clipText(raw, 40)}" is not a time such as "5s" or "1500ms"; starting at 0`
      : `t: ${tooLong}; starting at 0`,
  );
  return 0;
}

/**
 * Values that are each valid may not fit together (say, replicas that do not divide the
 * machines): the scenario's check names them, and they fall back to the defaults.
 */
function fitTogether(
  scenario: Scenario,
  params: Record<string, ParamValue>,
  errors: string[],
): Record<string, ParamValue> {
  const problems = scenario.check?.(params) ?? [];
  if (problems.length === 0) return params;
  errors.push(...problems.map((problem) => `${problem}; using the defaults`));
  return defaultParams(scenario.params);
}

/**
 * Reads a run from query parameters. Unknown names are ignored only if they are
 * reserved (embed options); others are reported. A name given twice takes its last
 * value. The messages are few and short, whatever the query holds. Pure.
 */
export function readRunState(
  scenario: Scenario,
  query: URLSearchParams,
): { state: RunState; errors: string[] } {
  const values = readQueryValues(query);
  const errors = values.duplicates((name) => !(EMBED_OPTIONS as readonly string[]).includes(name));
  const seed = readSeed(values.get('seed'), errors);
  const rawParams = Object.fromEntries(
    values.entries.filter(([name]) => !(RESERVED as readonly string[]).includes(name)),
  );
  const { values: parsed, errors: paramErrors } = parseParams(scenario.params, rawParams);
  errors.push(...paramErrors);
  const params = fitTogether(scenario, parsed, errors);
  let commands: Command[] = [];
  const log = values.get('log');
  if (log !== null) {
    const result = parseCommandText(log, {
      nodes: scenario.nodes(params),
      params: scenario.params,
    });
    if (result.ok) commands = result.commands;
    else
      errors.push(
        `log: the command log could not be read, so the run starts without it: ${boundMessages(result.errors, LOG_PROBLEMS_SHOWN).join('; ')}`,
      );
  }
  const t = readTime(scenario, values.get('t'), errors);
  return { state: { seed, params, commands, t }, errors: boundMessages(errors) };
}

/** Writes a run as a query string (without "?"), readable and stable. Pure. */
export function writeRunState(scenario: Scenario, state: RunState): string {
  const parts: string[] = [`seed=${state.seed}`];
  for (const [name, def] of Object.entries(scenario.params)) {
    const value = state.params[name];
    if (value !== undefined && value !== def.default) {
      parts.push(`${name}=${encodeURIComponent(formatParam(def, value))}`);
    }
  }
  if (state.commands.length > 0) {
    const text = formatCommandText(state.commands, {
      nodes: scenario.nodes(state.params),
      params: scenario.params,
    });
    parts.push(`log=${encodeURIComponent(text)}`);
  }
  if (state.t > 0) parts.push(`t=${formatDuration(state.t)}`);
  return parts.join('&');
}
