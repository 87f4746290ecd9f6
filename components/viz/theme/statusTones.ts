/** The one colour scale for node statuses: tones are semantic, colours are CSS variables. */
import type { StatusDef } from '@/sim/core';

export const TONES: readonly StatusDef['tone'][] = ['ok', 'warn', 'bad', 'down', 'info'];

export const TONE_VAR: Record<StatusDef['tone'], string> = {
  ok: 'var(--tone-ok)',
  warn: 'var(--tone-warn)',
  bad: 'var(--tone-bad)',
  down: 'var(--tone-down)',
  info: 'var(--tone-info)',
};

/** Fill colours for partition groups, by group index. */
export const GROUP_VARS = ['var(--group-0)', 'var(--group-1)', 'var(--group-2)', 'var(--group-3)'];

export function toneOf(legend: readonly StatusDef[], status: string): StatusDef['tone'] {
  return legend.find((entry) => entry.status === status)?.tone ?? 'info';
}
