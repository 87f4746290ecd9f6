/**
 * Parameter schemas. One schema per scenario drives three things: the sandbox controls
 * (sliders and pickers), the URL query string, and the CLI's --param flags. Values are
 * numbers (durations in microseconds) or strings (choices).
 */
import { assertNever } from './assertNever';
import { clipText } from './bounded';
import { ownValue } from './own';
import { DURATION_UNITS, formatDuration, parseDuration, type Micros } from './time';

interface ParamBase {
  readonly label: string;
  readonly help?: string;
  /** Whether the value can change mid-run (a `param` command); otherwise changing it resets the run. */
  readonly live: boolean;
}

export type ParamDef =
  | (ParamBase & {
      readonly kind: 'int';
      readonly min: number;
      readonly max: number;
      readonly default: number;
    })
  | (ParamBase & {
      readonly kind: 'duration';
      readonly min: Micros;
      readonly max: Micros;
      readonly default: Micros;
    })
  | (ParamBase & {
      readonly kind: 'probability';
      readonly min: number;
      readonly max: number;
      readonly step: number;
      readonly default: number;
    })
  | (ParamBase & {
      readonly kind: 'choice';
      readonly options: readonly { readonly value: string; readonly label: string }[];
      readonly default: string;
    });

export type ParamValue = number | string;
export type ParamSchema = Readonly<Record<string, ParamDef>>;
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** The value a parameter takes: one of a choice's options, or a number. */
export type ValueOf<D extends ParamDef> = D extends {
  readonly kind: 'choice';
  readonly options: readonly { readonly value: infer V }[];
}
  ? V
  : number;

/** A schema's values, each typed by its definition (declare the schema `as const`). */
export type ValuesOf<S extends ParamSchema> = { readonly [K in keyof S]: ValueOf<S[K]> };

/**
 * A run's values typed by its scenario's schema. Values reach a scenario only through
 * parseParams and defaultParams, which keep every name of the schema at a value of its
 * kind, so this reads them as such. Pure.
 */
export function typedParams<S extends ParamSchema>(_schema: S, values: ParamValues): ValuesOf<S> {
  return values as ValuesOf<S>;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The values a parameter accepts, e.g. "3 to 9" or "cp, ap-lww". Pure. */
export function describeRange(def: ParamDef, choiceSeparator = ', '): string {
  switch (def.kind) {
    case 'int':
    case 'probability':
      return `${def.min} to ${def.max}`;
    case 'duration':
      return `${formatDuration(def.min)} to ${formatDuration(def.max)}`;
    case 'choice':
      return def.options.map((option) => option.value).join(choiceSeparator);
    default:
      return assertNever(def);
  }
}

/** Reads one parameter from text (a URL value or a --param flag). Pure. */
export function parseParam(
  name: string,
  def: ParamDef,
  raw: string | number,
): ParseResult<ParamValue> {
  const text = String(raw).trim();
  const fail = (why: string): ParseResult<ParamValue> => ({
    ok: false,
    message: `${name}: "${clipText(text, 60)}" ${why} (expected ${describeRange(def)})`,
  });
  switch (def.kind) {
    case 'int': {
      if (!/^-?\d+$/.test(text)) return fail('is not a whole number');
      const value = Number(text);
      if (value < def.min || value > def.max) return fail('is out of range');
      return { ok: true, value };
    }
    case 'duration': {
      const value = parseDuration(/^\d+$/.test(text) ? `${text}ms` : text);
      if (value === null)
        return fail(`is not a duration such as "250ms" or "2s" (units: ${DURATION_UNITS})`);
      if (value < def.min || value > def.max) return fail('is out of range');
      return { ok: true, value };
    }
    case 'probability': {
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) return fail('is not a number');
      if (value < def.min || value > def.max) return fail('is out of range');
      return { ok: true, value };
    }
    case 'choice':
      return def.options.some((option) => option.value === text)
        ? { ok: true, value: text }
        : fail('is not one of the choices');
    default:
      return assertNever(def);
  }
}

/** Writes a value the way parseParam reads it back. Pure. */
export function formatParam(def: ParamDef, value: ParamValue): string {
  return def.kind === 'duration' ? formatDuration(Number(value)) : String(value);
}

/** Every parameter at its default. Pure. */
export function defaultParams(schema: ParamSchema): Record<string, ParamValue> {
  return Object.fromEntries(Object.entries(schema).map(([name, def]) => [name, def.default]));
}

/**
 * Reads a set of raw values over the defaults. Unknown names and bad values are
 * reported, and the default is kept for them. Pure.
 */
export function parseParams(
  schema: ParamSchema,
  raw: Readonly<Record<string, string | number>>,
): { values: Record<string, ParamValue>; errors: string[] } {
  const values = defaultParams(schema);
  const errors: string[] = [];
  for (const [name, text] of Object.entries(raw)) {
    const def = ownValue(schema, name);
    if (!def) {
      errors.push(
        `Unknown parameter "${clipText(name, 40)}"; known: ${Object.keys(schema).join(', ')}`,
      );
      continue;
    }
    const result = parseParam(name, def, text);
    if (result.ok) values[name] = result.value;
    else errors.push(`${result.message}; using ${formatParam(def, def.default)}`);
  }
  return { values, errors };
}
