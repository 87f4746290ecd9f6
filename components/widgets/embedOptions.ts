/**
 * Embed options from the query string: `theme=light|dark`, `controls=0|1`,
 * `steps=2s-8s` (play stops at the end of the range), and `origin` (the only parent
 * origin whose postMessage commands are obeyed). Bad values are reported, never fatal.
 */
import { checkMaxTime, clipText, type Micros, parseDuration, type Scenario } from '@/sim/core';
import { readQueryValues } from '@/components/player/queryValues';
import { EMBED_OPTIONS } from '@/components/player/urlState';

export interface EmbedOptions {
  readonly theme: 'light' | 'dark' | null;
  readonly controls: boolean;
  readonly steps: { readonly from: Micros; readonly to: Micros } | null;
  readonly origin: string | null;
  readonly errors: string[];
}

/**
 * The origin a parent page must have, or null with the reason it cannot be one. Only a
 * web origin can be named: `data:`, `javascript:`, `about:blank` and the like have the
 * opaque origin "null", which postMessage refuses as a target. Pure.
 */
export function readOrigin(raw: string): { origin: string } | { why: string } {
  let origin: string;
  try {
    origin = new URL(raw).origin;
  } catch {
    return { why: 'is not an origin such as https://slides.example' };
  }
  return origin === 'null' || !/^https?:\/\//.test(origin)
    ? { why: 'is not a web origin (http or https), such as https://slides.example' }
    : { origin };
}

/** Reads the options; a name given twice takes its last value. Pure. */
export function readEmbedOptions(query: URLSearchParams): EmbedOptions {
  const values = readQueryValues(query);
  const errors = values.duplicates((name) => (EMBED_OPTIONS as readonly string[]).includes(name));
  const themeRaw = values.get('theme');
  let theme: EmbedOptions['theme'] = null;
  if (themeRaw === 'light' || themeRaw === 'dark') theme = themeRaw;
  else if (themeRaw !== null)
    errors.push(`theme: "${clipText(themeRaw, 40)}" is not light or dark; using the system theme`);
  const controlsRaw = values.get('controls');
  let controls = true;
  if (controlsRaw === '0' || controlsRaw === '1') controls = controlsRaw === '1';
  else if (controlsRaw !== null)
    errors.push(`controls: "${clipText(controlsRaw, 40)}" is not 0 or 1; showing controls`);
  let steps: EmbedOptions['steps'] = null;
  const stepsRaw = values.get('steps');
  if (stepsRaw !== null) {
    const [fromText = '', toText = ''] = stepsRaw.split('-');
    const from = parseDuration(fromText);
    const to = parseDuration(toText);
    if (from !== null && to !== null && from < to) steps = { from, to };
    else errors.push(`steps: "${clipText(stepsRaw, 40)}" is not a range such as "2s-8s"; no limit`);
  }
  let origin: string | null = null;
  const originRaw = values.get('origin');
  if (originRaw !== null) {
    const read = readOrigin(originRaw);
    if ('origin' in read) origin = read.origin;
    else {
      errors.push(`origin: "${clipText(originRaw, 60)}" ${read.why}; no commands will be obeyed`);
      origin = 'none';
    }
  }
  return { theme, controls, steps, origin, errors };
}

/**
 * Where an embed's run starts and stops: at `t`, or the start of `steps` if later. A
 * range that starts past the scenario's longest run is reported and ignored. Pure.
 */
export function embedRange(
  scenario: Pick<Scenario, 'id' | 'maxTime'>,
  t: Micros,
  options: EmbedOptions,
): { startAt: Micros; stopAt: Micros | null; errors: string[] } {
  const steps = options.steps;
  const tooLong = steps && checkMaxTime(scenario, steps.from);
  if (!steps || tooLong)
    return { startAt: t, stopAt: null, errors: tooLong ? [`steps: ${tooLong}; no limit`] : [] };
  return { startAt: Math.max(t, steps.from), stopAt: steps.to, errors: [] };
}
