/**
 * Beats: the moments a speaker stops at. `beats=2s,4.5s,7s` in a widget's URL makes
 * → `.` and PageDown play to the next beat and pause there, and ← and PageUp go back
 * one beat, so a presentation clicker walks through a demo. Pure.
 */
import {
  clipText,
  checkMaxTime,
  formatDuration,
  parseDuration,
  type Scenario,
  type Micros,
} from '@/sim/core';

/** At most this many beats are read; a talk needs far fewer. */
export const BEATS_MAX = 100;

/** Reads `2s,4.5s,7s` into sorted, distinct times; a bad entry is reported and skipped. */
export function parseBeats(
  raw: string,
  scenario: Pick<Scenario, 'id' | 'maxTime'>,
): { beats: Micros[]; errors: string[] } {
  const errors: string[] = [];
  const times = new Set<Micros>();
  const parts = raw.split(',');
  if (parts.length > BEATS_MAX)
    errors.push(`beats: ${parts.length} beats given; only the first ${BEATS_MAX} are used`);
  for (const part of parts.slice(0, BEATS_MAX)) {
    const text = part.trim();
    const t = parseDuration(text);
    const tooLong = t === null ? null : checkMaxTime(scenario, t);
    if (t === null)
      errors.push(`beats: "${clipText(text, 40)}" is not a time such as "4.5s"; skipped`);
    else if (tooLong) errors.push(`beats: ${tooLong}; skipped`);
    else times.add(t);
  }
  return { beats: [...times].sort((a, b) => a - b), errors };
}

/** Writes beats back in the URL's form. */
export function writeBeats(beats: readonly Micros[]): string {
  return beats.map(formatDuration).join(',');
}

/** The first beat after `now`, or null after the last. */
export function nextBeat(beats: readonly Micros[], now: Micros): Micros | null {
  return beats.find((beat) => beat > now) ?? null;
}

/** The last beat before `now`, or `start` before the first. */
export function previousBeat(beats: readonly Micros[], now: Micros, start: Micros): Micros {
  return beats.findLast((beat) => beat < now && beat >= start) ?? start;
}
