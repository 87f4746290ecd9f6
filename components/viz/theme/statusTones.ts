/** The one colour scale for node statuses: tones are semantic, colours come from the theme. */
import type { StatusDef } from '@/sim/core';
import { cssVar, type ColourName } from './colours';

export const TONES: readonly StatusDef['tone'][] = ['ok', 'warn', 'bad', 'down', 'info'];

/** The theme colour of each status tone. */
export const STATUS_COLOUR: Record<StatusDef['tone'], ColourName> = {
  ok: 'tone-ok',
  warn: 'tone-warn',
  bad: 'tone-bad',
  down: 'tone-down',
  info: 'tone-info',
};

export const TONE_VAR = Object.fromEntries(
  TONES.map((tone) => [tone, cssVar(STATUS_COLOUR[tone])]),
) as Record<StatusDef['tone'], string>;

/** Fill colours for partition groups, by group index. */
export const GROUP_VARS: readonly string[] = (
  ['group-0', 'group-1', 'group-2', 'group-3'] as const
).map(cssVar);

export function toneOf(legend: readonly StatusDef[], status: string): StatusDef['tone'] {
  return legend.find((entry) => entry.status === status)?.tone ?? 'info';
}
