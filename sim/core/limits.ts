/**
 * How far one run may go, so that no link, message or command line can ask a page or
 * the CLI for hours of work or gigabytes of memory.
 *
 * - Virtual time: each scenario names its own maximum (`Scenario.maxTime`), chosen so a
 *   run at the default parameters finishes in a few seconds; past it, a value is refused
 *   with a message, never silently run.
 * - Memory: a run stops once its trace holds TRACE_ENTRIES_MAX entries. The columnar
 *   trace costs about 25 bytes per common entry (traceStore.ts), and the views and the
 *   CLI build objects from it, so 4 million entries is a few hundred MB in a tab. At 100
 *   failure-detector nodes that is reached after about 100 s of virtual time.
 */
import type { Scenario } from './scenario';
import { describeTime, formatDuration, US_PER_S, type Micros } from './time';

/** The maximum when a scenario does not name its own: ten minutes. */
export const DEFAULT_MAX_TIME: Micros = 10 * 60 * US_PER_S;

export const TRACE_ENTRIES_MAX = 4_000_000;

/** The furthest virtual time a run of `scenario` may reach. Pure. */
export function maxTimeOf(scenario: Pick<Scenario, 'maxTime'>): Micros {
  return scenario.maxTime ?? DEFAULT_MAX_TIME;
}

/** A duration in whole minutes when it is one ("60m"), else as formatDuration writes it. Pure. */
export function formatMinutes(us: Micros): string {
  const minute = 60 * US_PER_S;
  return us !== 0 && us % minute === 0 ? `${us / minute}m` : formatDuration(us);
}

/** Why a time is refused, or null when it is within the scenario's maximum. Pure. */
export function checkMaxTime(scenario: Pick<Scenario, 'id' | 'maxTime'>, t: Micros): string | null {
  const max = maxTimeOf(scenario);
  return t <= max
    ? null
    : `${formatMinutes(t)} is past the longest run of ${scenario.id}, ${formatMinutes(max)}`;
}

/** Whether a run has reached the memory bound. Pure. */
export function traceFull(traceLength: number, max = TRACE_ENTRIES_MAX): boolean {
  return traceLength >= max;
}

/** The message for a run stopped by the memory bound. Pure. */
export function traceFullMessage(now: Micros, max = TRACE_ENTRIES_MAX): string {
  return `stopped at ${describeTime(now)}: the run reached ${max.toLocaleString('en-US')} trace entries, the most one run keeps in memory; run for less time or with fewer nodes`;
}
