/**
 * Embed options from the query string: `theme=light|dark`, `controls=0|1`,
 * `steps=2s-8s` (play stops at the end of the range), and `origin` (the only parent
 * origin whose postMessage commands are obeyed). Bad values are reported, never fatal.
 */
import { parseDuration, type Micros } from '@/sim/core/time';

export interface EmbedOptions {
  readonly theme: 'light' | 'dark' | null;
  readonly controls: boolean;
  readonly steps: { readonly from: Micros; readonly to: Micros } | null;
  readonly origin: string | null;
  readonly errors: string[];
}

/** Pure. */
export function readEmbedOptions(query: URLSearchParams): EmbedOptions {
  const errors: string[] = [];
  const themeRaw = query.get('theme');
  let theme: EmbedOptions['theme'] = null;
  if (themeRaw === 'light' || themeRaw === 'dark') theme = themeRaw;
  else if (themeRaw !== null)
    errors.push(`theme: "${themeRaw}" is not light or dark; using the system theme`);
  const controlsRaw = query.get('controls');
  let controls = true;
  if (controlsRaw === '0' || controlsRaw === '1') controls = controlsRaw === '1';
  else if (controlsRaw !== null)
    errors.push(`controls: "${controlsRaw}" is not 0 or 1; showing controls`);
  let steps: EmbedOptions['steps'] = null;
  const stepsRaw = query.get('steps');
  if (stepsRaw !== null) {
    const [fromText = '', toText = ''] = stepsRaw.split('-');
    const from = parseDuration(fromText);
    const to = parseDuration(toText);
    if (from !== null && to !== null && from < to) steps = { from, to };
    else errors.push(`steps: "${stepsRaw}" is not a range such as "2s-8s"; no limit`);
  }
  let origin: string | null = null;
  const originRaw = query.get('origin');
  if (originRaw !== null) {
    try {
      origin = new URL(originRaw).origin;
    } catch {
      errors.push(
        `origin: "${originRaw}" is not an origin such as https://slides.example; no commands will be obeyed`,
      );
      origin = 'none';
    }
  }
  return { theme, controls, steps, origin, errors };
}
