/** The two timeouts a side-by-side comparison runs, read from its props. Pure. */
import { formatDuration, parseDuration, type Micros } from '@/sim/core';
import { failureDetectorParams } from '@/sim/scenarios/failure-detection/scenario';

export const DEFAULT_TIMEOUTS = ['1s', '3s'] as const;

/** The two timeouts in µs, and a message for any that cannot be used. */
export function readTimeouts(texts: readonly [string, string]): {
  timeouts: [Micros, Micros];
  errors: string[];
} {
  const spec = failureDetectorParams.timeout;
  const errors: string[] = [];
  const read = (text: string, fallback: string): Micros => {
    const value = parseDuration(text);
    if (value !== null && value >= spec.min && value <= spec.max) return value;
    errors.push(
      `timeouts: "${text}" is not a timeout between ${formatDuration(spec.min)} and ${formatDuration(spec.max)}; using ${fallback}`,
    );
    return parseDuration(fallback)!;
  };
  return {
    timeouts: [read(texts[0], DEFAULT_TIMEOUTS[0]), read(texts[1], DEFAULT_TIMEOUTS[1])],
    errors,
  };
}
