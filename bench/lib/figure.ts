import { summarize } from './stats';
import type { Figure, Section } from './types';

export function measured(
  section: Section,
  id: string,
  label: string,
  unit: string,
  samples: readonly number[],
  detail?: unknown,
): Figure {
  return {
    id,
    section,
    label,
    unit,
    summary: summarize(samples),
    ...(detail === undefined ? {} : { detail }),
  };
}

export function unmeasured(
  section: Section,
  id: string,
  label: string,
  unit: string,
  note: string,
): Figure {
  return { id, section, label, unit, note };
}
