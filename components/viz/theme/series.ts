/**
 * Chart series colours, by what a series measures, so the same measure has the same
 * colour in every chart. Each is a theme colour (colours.ts) read through its CSS
 * property; per-machine series share out the hue circle instead.
 */
import { cssVar, type ColourName } from './colours';

export const SERIES_COLOUR = {
  yield: 'tone-ok',
  harvest: 'accent',
  p50: 'tone-info',
  p99: 'tone-warn',
  dq: 'accent',
} as const satisfies Record<string, ColourName>;

export type Series = keyof typeof SERIES_COLOUR;

/** The stroke for a series, as a CSS value that follows light and dark. */
export function seriesColour(series: Series): string {
  return cssVar(SERIES_COLOUR[series]);
}

/** One of `count` evenly spaced hues, for series that are one per machine. */
export function machineColour(index: number, count: number): string {
  return `hsl(${Math.round((360 * index) / count)} 65% 50%)`;
}

/** The history bars on a canvas, as history.module.css colours them in SVG. */
export const HISTORY_COLOUR = {
  ok: 'tone-info',
  fail: 'tone-down',
  info: 'surface',
  label: 'muted',
  bad: 'tone-bad',
} as const satisfies Record<string, ColourName>;
