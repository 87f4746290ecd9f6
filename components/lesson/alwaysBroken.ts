/**
 * The arithmetic behind "always broken": with n machines, each down a fraction p of the
 * time and failing independently of the others, the chance that all n are up at a given
 * moment is (1 − p)^n, so the chance that at least one is down is 1 − (1 − p)^n.
 * (The complement rule for independent events; see any probability text, e.g.
 * https://en.wikipedia.org/wiki/Probability#Independent_events.) Real failures are
 * correlated, which the lesson says in prose; this module only does the sum.
 *
 * Everything here is pure, and nothing returns NaN: input is validated first, and
 * every problem comes back as a sentence a reader can act on.
 */

export const MACHINES_MIN = 1;
export const MACHINES_MAX = 100_000;

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface AtLeastOneDown {
  /** P(at least one machine is down), in [0, 1]. */
  readonly probability: number;
  /** P(every machine is up) = (1 − p)^n, kept separately so values near 1 can be shown exactly. */
  readonly allUp: number;
  /**
   * Whether some machine is down for certain (p = 1). Kept apart from `allUp === 0`,
   * which also happens when (1 − p)^n merely underflows.
   */
  readonly certain: boolean;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });

/** Formats a count or a plain number for prose, with thousands separators. Pure. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * P(at least one of n machines down) for independent failures. Pure.
 *
 * Computed as −expm1(n · log1p(−p)) rather than 1 − (1 − p)^n: for small p, 1 − p rounds
 * away most of p's digits, and the subtraction from 1 then cancels the rest.
 */
export function atLeastOneDown(machines: number, downFraction: number): AtLeastOneDown {
  if (!Number.isInteger(machines) || machines < 0)
    throw new RangeError(`machines must be a whole number ≥ 0, not ${machines}`);
  if (!(downFraction >= 0 && downFraction <= 1))
    throw new RangeError(`downFraction must be in [0, 1], not ${downFraction}`);
  if (machines === 0) return { probability: 0, allUp: 1, certain: false };
  if (downFraction === 1) return { probability: 1, allUp: 0, certain: true };
  const logAllUp = machines * Math.log1p(-downFraction);
  return { probability: -Math.expm1(logAllUp), allUp: Math.exp(logAllUp), certain: false };
}

/** Drops trailing zeros from a fixed-point string: "63.00" → "63", "0.50" → "0.5". Pure. */
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Significant digits to keep: enough to tell neighbouring values apart, few enough to read. */
function decimalsForTwoSignificant(percent: number): number {
  return Math.max(0, Math.ceil(-Math.log10(percent)) + 1);
}

const SMALLEST_PERCENT = 0.0001;

/**
 * A probability as a readable percentage: "63%", "1.5%", "0.0099%", "99.995%". Pure.
 * Values never round to "0%" or "100%" unless they are exactly 0 or 1: a reader who sees
 * 100% would conclude that something is certainly down, which is never quite true.
 */
export function formatPercent({ probability, allUp, certain }: AtLeastOneDown): string {
  if (certain) return '100%';
  if (probability <= 0) return '0%';
  const percent = probability * 100;
  if (percent < SMALLEST_PERCENT) return `less than ${SMALLEST_PERCENT}%`;
  if (percent < 1) return `${trimZeros(percent.toFixed(decimalsForTwoSignificant(percent)))}%`;
  if (percent < 10) return `${trimZeros(percent.toFixed(1))}%`;
  if (percent < 99) return `${Math.round(percent)}%`;
  // Near 100%, show the digits of the small remainder, (1 − p)^n, instead.
  const upPercent = allUp * 100;
  if (upPercent < SMALLEST_PERCENT) return `more than ${100 - SMALLEST_PERCENT}%`;
  return `${trimZeros((100 - upPercent).toFixed(decimalsForTwoSignificant(upPercent)))}%`;
}

/** Reads the number of machines: a whole number from 1 to 100,000; "1,000" is accepted. Pure. */
export function parseMachines(text: string): Parsed<number> {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  const range = `from ${formatNumber(MACHINES_MIN)} to ${formatNumber(MACHINES_MAX)}`;
  if (cleaned === '') return { ok: false, message: `Enter a number of machines ${range}.` };
  if (!/^[+-]?\d+(\.\d+)?$/.test(cleaned))
    return {
      ok: false,
      message: `“${text.trim()}” is not a number. Enter a whole number ${range}.`,
    };
  const value = Number(cleaned);
  if (!Number.isInteger(value))
    return { ok: false, message: `Machines come whole: enter a whole number ${range}.` };
  if (value < MACHINES_MIN || value > MACHINES_MAX)
    return {
      ok: false,
      message: `${formatNumber(value)} is out of range. Enter a number ${range}.`,
    };
  return { ok: true, value };
}

/** Reads "how often one machine is down" as a percentage, 0 to 100; a trailing "%" is fine. Pure. */
export function parseDownPercent(text: string): Parsed<number> {
  const cleaned = text.trim().replace(/\s*%$/, '');
  if (cleaned === '')
    return {
      ok: false,
      message: 'Enter how often one machine is down, as a percentage such as 0.1.',
    };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned))
    return {
      ok: false,
      message: `“${text.trim()}” is not a number. Enter a percentage such as 0.1 or 2.5.`,
    };
  const value = Number(cleaned);
  if (value < 0 || value > 100)
    return { ok: false, message: `${formatNumber(value)}% is out of range. Enter 0 to 100.` };
  return { ok: true, value };
}

/**
 * One sentence that reads the result aloud, e.g. "With 1,000 machines each down 0.1% of
 * the time, something is down 63% of the time." Pure.
 */
export function describeAtLeastOneDown(machines: number, downPercent: number): string {
  const result = formatPercent(atLeastOneDown(machines, downPercent / 100));
  const fleet =
    machines === 1
      ? `With 1 machine down ${formatNumber(downPercent)}% of the time`
      : `With ${formatNumber(machines)} machines each down ${formatNumber(downPercent)}% of the time`;
  return `${fleet}, something is down ${result} of the time.`;
}
