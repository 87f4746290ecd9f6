/**
 * The URL-state contract: a run is its seed, parameters, command log and current time,
 * and all four round-trip through the query string:
 *
 *   ?seed=7&nodes=7&loss=0.05&log=2s_crash_n3~4s_restart_n3&t=5s
 *
 * Parameters at their defaults are left out. A bad value never breaks the page: it is
 * reported in a specific message and replaced by its default.
 */
import type { Command } from '@/sim/core/commands';
import { defaultParams, formatParam, parseParams, type ParamValue } from '@/sim/core/params';
import { SEED_MAX } from '@/sim/core/rng';
import { settleParams, type Scenario } from '@/sim/core/scenario';
import { formatDuration, parseDuration, type Micros } from '@/sim/core/time';
import { formatCommandText, parseCommandText } from './commandText';

export interface RunState {
  readonly seed: number;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly commands: readonly Command[];
  readonly t: Micros;
}

export const DEFAULT_SEED = 1;

/** Query names that are not scenario parameters. */
export const RESERVED = ['seed', 'log', 't', 'theme', 'controls', 'steps', 'origin'] as const;

/** The default run of a scenario. Pure. */
export function defaultRunState(scenario: Scenario): RunState {
  return { seed: DEFAULT_SEED, params: defaultParams(scenario.params), commands: [], t: 0 };
}

function readSeed(raw: string | null, errors: string[]): number {
  if (raw === null) return DEFAULT_SEED;
  const seed = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isSafeInteger(seed) && seed <= SEED_MAX) return seed;
  errors.push(`seed: "${raw}" is not a whole number from 0 to ${SEED_MAX}; using ${DEFAULT_SEED}`);
  return DEFAULT_SEED;
}

function readTime(raw: string | null, errors: string[]): Micros {
  if (raw === null) return 0;
  const t = parseDuration(raw);
  if (t !== null) return t;
  errors.push(`t: "${raw}" is not a time such as "5s" or "1500ms"; starting at 0`);
  return 0;
}

/**
 * Reads a run from query parameters. Unknown names are ignored only if they are
 * reserved (embed options); others are reported. Pure.
 */
export function readRunState(
  scenario: Scenario,
  query: URLSearchParams,
): { state: RunState; errors: string[] } {
  const errors: string[] = [];
  const seed = readSeed(query.get('seed'), errors);
  const rawParams: Record<string, string> = {};
  for (const [name, value] of query) {
    if (!(RESERVED as readonly string[]).includes(name)) rawParams[name] = value;
  }
  const parsed = parseParams(scenario.params, rawParams);
  const settled = settleParams(scenario, parsed.values);
  const params = settled.values;
  errors.push(...parsed.errors, ...settled.errors);
  let commands: Command[] = [];
  const log = query.get('log');
  if (log !== null) {
    const result = parseCommandText(log, {
      nodes: scenario.nodes(params),
      params: scenario.params,
    });
    if (result.ok) commands = result.commands;
    else
      errors.push(
        `log: the command log could not be read, so the run starts without it: ${result.errors.join('; ')}`,
      );
  }
  const t = readTime(query.get('t'), errors);
  return { state: { seed, params, commands, t }, errors };
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
