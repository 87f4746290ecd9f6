/**
 * Virtual time. Every time in the engine is an integer number of microseconds, so no
 * floating-point drift can reach the trace and a replay is exact.
 */
export type Micros = number;

export const US_PER_MS = 1_000;
export const US_PER_S = 1_000_000;

/** The units parseDuration accepts, for messages about a bad duration. */
export const DURATION_UNITS = 'us, µs, ms, s or m';

const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(us|µs|ms|s|m)?\s*$/;
const UNIT_US: Record<string, number> = {
  us: 1,
  µs: 1,
  ms: US_PER_MS,
  s: US_PER_S,
  m: 60 * US_PER_S,
};

/**
 * Parses "2s", "150ms", "300us", "1.5s" or a bare integer (microseconds). Pure.
 * Returns null for anything else, including negatives; callers word the error.
 */
export function parseDuration(text: string | number): Micros | null {
  if (typeof text === 'number') {
    return Number.isSafeInteger(text) && text >= 0 ? text : null;
  }
  // Callers pass values from JSON and postMessage: anything that is not text is refused.
  if (typeof text !== 'string') return null;
  const match = DURATION.exec(text);
  if (!match) return null;
  const amount = Number(match[1]);
  // A bare number is whole microseconds: "1.5" is more likely 1.5 s or ms than 2 µs.
  if (match[2] === undefined && !Number.isInteger(amount)) return null;
  const unit = match[2] ?? 'us';
  const micros = Math.round(amount * (UNIT_US[unit] ?? 1));
  return Number.isSafeInteger(micros) ? micros : null;
}

/** Formats a duration in the largest unit that keeps it exact, e.g. "2s", "150ms", "300us". Pure. */
export function formatDuration(us: Micros): string {
  if (us !== 0 && us % US_PER_S === 0) return `${us / US_PER_S}s`;
  if (us !== 0 && us % US_PER_MS === 0) return `${us / US_PER_MS}ms`;
  return `${us}us`;
}

/** A time in seconds to the hundredth, e.g. "1.14 s" or "0.40 s". Pure. */
export function describeSeconds(us: Micros): string {
  return `${(us / US_PER_S).toFixed(2)} s`;
}

/** A human reading of a time, e.g. "1.25 s" or "40 ms". Pure. */
export function describeTime(us: Micros): string {
  if (us >= US_PER_S) return describeSeconds(us);
  if (us >= US_PER_MS) return `${(us / US_PER_MS).toFixed(us % US_PER_MS === 0 ? 0 : 1)} ms`;
  return `${us} µs`;
}
