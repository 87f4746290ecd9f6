/**
 * Geometry of the staleness chart, apart from drawing: the scales, the predicted line's
 * path and the measured points with their error bars. Pure (D3 scales and line generators
 * compute; nothing touches the DOM), so it is tested in Node.
 *
 * Time after commit runs on a symmetric-log axis (linear below 1 ms, logarithmic above),
 * as the PBS paper draws it, so that the first millisecond and a tail of seconds share one
 * chart.
 */
import { scaleLinear, scaleSqrt, scaleSymlog } from 'd3-scale';
import { line } from 'd3-shape';
import type { MeasuredStaleness } from '@/sim/pbs/measured';
import type { CurvePoint } from '@/sim/pbs/summary';

export type { MeasuredStaleness } from '@/sim/pbs/measured';

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

export interface PlacedPoint extends MeasuredStaleness {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** The 95 % interval of the fraction (normal approximation), as y pixels. */
  readonly yLow: number;
  readonly yHigh: number;
}

/** 0, then 1, 2 and 5 times each power of ten up to an hour and more. */
const TICKS = [
  0,
  ...Array.from({ length: 21 }, (_, i) => [1, 2, 5][i % 3]! * 10 ** Math.floor(i / 3)),
];

/** Lays out a chart for `predicted` and `measured` in `box`. Pure. */
export function stalenessLayout(
  predicted: readonly CurvePoint[],
  measured: readonly MeasuredStaleness[],
  box: ChartBox,
) {
  const { width, height, margin } = box;
  const shown = measured.filter((point) => point.reads > 0);
  const tMax = Math.max(1, ...predicted.map((p) => p.tMs), ...shown.map((p) => p.tMs));
  const x = scaleSymlog()
    .constant(1)
    .domain([0, tMax])
    .range([margin.left, width - margin.right]);
  const lowest = Math.min(1, ...predicted.map((p) => p.p), ...shown.map((p) => p.consistent));
  const yMin = Math.max(0, Math.min(0.9, Math.floor((lowest - 0.02) * 10) / 10));
  const y = scaleLinear()
    .domain([yMin, 1])
    .range([height - margin.bottom, margin.top]);
  const path =
    line<CurvePoint>()
      .x((point) => x(point.tMs))
      .y((point) => y(point.p))(predicted as CurvePoint[]) ?? '';
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...shown.map((p) => p.reads))])
    .range([2.5, 8]);
  const points: PlacedPoint[] = shown.map((point) => {
    const spread = 1.96 * Math.sqrt((point.consistent * (1 - point.consistent)) / point.reads);
    return {
      ...point,
      cx: x(point.tMs),
      cy: y(Math.max(yMin, point.consistent)),
      r: radius(point.reads),
      yLow: y(Math.max(yMin, point.consistent - spread)),
      yHigh: y(Math.min(1, point.consistent + spread)),
    };
  });
  const xTicks = TICKS.filter((tick) => tick <= tMax);
  return { x, y, yMin, path, points, xTicks };
}

export type StalenessLayout = ReturnType<typeof stalenessLayout>;
