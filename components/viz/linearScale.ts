/**
 * A linear scale with just what our views use: map, invert, domain, range, copy and
 * ticks (the space-time view's time axis asks for no more). d3-scale's module would
 * bring d3-time, d3-time-format, d3-format and d3-interpolate along with it; the round
 * tick values come from d3-array, imported by module so only `ticks` is bundled.
 */
import { ticks } from 'd3-array';

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
