/**
 * A linear scale with just what our views use: map, invert, domain, range, copy and
 * ticks (the space-time view's time axis asks for no more). d3-scale's module would
 * bring d3-time, d3-time-format, d3-format and d3-interpolate along with it, and even
 * d3-array's `ticks` alone would bring the rest of d3-array: no d3 code is needed here.
 */

export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
  domain(): [number, number];
  domain(domain: readonly [number, number]): LinearScale;
  range(): [number, number];
  range(range: readonly [number, number]): LinearScale;
  copy(): LinearScale;
  /** About `count` round values across the domain, as d3-scale's linear ticks. */
  ticks(count?: number): number[];
}

/** A linear scale from [0, 1] to [0, 1]; set `domain` and `range` as with d3. */
export function scaleLinear(
  domain: readonly [number, number] = [0, 1],
  range: readonly [number, number] = [0, 1],
): LinearScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  // A collapsed domain maps everything to the middle of the range, as d3 does.
  const scale = ((value: number) =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)) as LinearScale;
  scale.invert = (pixel) =>
    r1 === r0 ? (d0 + d1) / 2 : d0 + ((pixel - r0) / (r1 - r0)) * (d1 - d0);
  scale.domain = ((next?: readonly [number, number]) => {
    if (!next) return [d0, d1];
    [d0, d1] = next;
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((next?: readonly [number, number]) => {
    if (!next) return [r0, r1];
    [r0, r1] = next;
    return scale;
  }) as LinearScale['range'];
  scale.copy = () => scaleLinear([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/** Tick steps below √2, √10 and √50 times a power of ten round down to 1, 2 and 5. */
const ROUND_DOWN = [
  [Math.sqrt(50), 10],
  [Math.sqrt(10), 5],
  [Math.sqrt(2), 2],
] as const;

/**
 * The round step near (stop − start) / count, as whole indexes i0..i1 and a unit:
 * tick k is k × unit, or k / −unit when the unit is negative (for steps below 1, so
 * 0.1 × 3 stays 0.3 rather than 0.30000000000000004). Pure.
 */
function tickIndexes(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const mantissa = step / 10 ** power;
  const factor = ROUND_DOWN.find(([limit]) => mantissa >= limit)?.[1] ?? 1;
  const divide = power < 0;
  // Ticks per unit (dividing) or the step itself (multiplying).
  const unit = divide ? 10 ** -power / factor : 10 ** power * factor;
  const at = (i: number) => (divide ? i / unit : i * unit);
  let i0 = Math.round(divide ? start * unit : start / unit);
  let i1 = Math.round(divide ? stop * unit : stop / unit);
  if (at(i0) < start) i0++;
  if (at(i1) > stop) i1--;
  // Asked for about one tick and none fit: try again with twice as many.
  if (i1 < i0 && count >= 0.5 && count < 2) return tickIndexes(start, stop, count * 2);
  return [i0, i1, divide ? -unit : unit];
}

/**
 * About `count` round values between `a` and `b`, inclusive and in the same order:
 * multiples of 1, 2 or 5 times a power of ten (the same values d3-array picks). Pure.
 */
export function ticks(a: number, b: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (a === b) return [a];
  const reverse = b < a;
  const [i0, i1, unit] = reverse ? tickIndexes(b, a, count) : tickIndexes(a, b, count);
  if (!(i1 >= i0)) return [];
  const values = Array.from({ length: i1 - i0 + 1 }, (_, k) =>
    unit < 0 ? (i0 + k) / -unit : (i0 + k) * unit,
  );
  return reverse ? values.reverse() : values;
}
