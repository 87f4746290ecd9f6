'use client';
/**
 * The staleness chart: the probability that a read returns the latest committed write,
 * against the time since that write committed. It draws a predicted curve (the PBS
 * Monte Carlo) and, optionally, points measured on a running cluster, so a sandbox can
 * lay what it observes over what the model predicts.
 *
 * Props:
 * - `predicted`: P(consistent) at t ms after commit, t ascending (`PbsResult.curve`).
 * - `measured`: optional buckets of observed reads: `{ tMs, consistent, reads }`, where
 *   `consistent` is the fraction (0 to 1) of the bucket's `reads` that saw the latest
 *   committed write. Each is drawn as a dot sized by its reads, with a 95 % error bar;
 *   buckets without reads are skipped. `bucketReads` (sim/pbs/measured.ts) makes them
 *   from observed reads.
 * - `marks`: optional vertical guides, such as `{ tMs: 53, label: '99.9 %' }`.
 * - `title`: the chart's accessible name; `description`: a one-line reading of it.
 * - `width`, `height`: the drawing's size in SVG units; it scales to its container.
 *
 * React renders the structure; D3 computes the scales and the line (stalenessLayout) and
 * draws the axes (d3-axis) into their groups after each render.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { axisBottom, axisLeft } from 'd3-axis';
import { format } from 'd3-format';
import { select } from 'd3-selection';
import type { CurvePoint } from '@/sim/pbs/summary';
import { stalenessLayout, type MeasuredStaleness } from './stalenessLayout';
import styles from './charts.module.css';

export type { MeasuredStaleness } from './stalenessLayout';

export interface StalenessChartProps {
  readonly predicted: readonly CurvePoint[];
  readonly measured?: readonly MeasuredStaleness[];
  readonly marks?: readonly { readonly tMs: number; readonly label: string }[];
  readonly title: string;
  readonly description?: string;
  readonly width?: number;
  readonly height?: number;
}

const MARGIN = { top: 14, right: 16, bottom: 44, left: 66 };
const NO_POINTS: readonly MeasuredStaleness[] = [];
const percent = (value: number) => `${(value * 100).toFixed(value > 0.99 && value < 1 ? 1 : 0)} %`;

export function StalenessChart({
  predicted,
  measured = NO_POINTS,
  marks = [],
  title,
  description,
  width = 640,
  height = 300,
}: StalenessChartProps) {
  const ids = { title: useId(), description: useId() };
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const layout = useMemo(
    () => stalenessLayout(predicted, measured, { width, height, margin: MARGIN }),
    [predicted, measured, width, height],
  );

  useEffect(() => {
    const yFormat = format(layout.yMin >= 0.9 ? '.1%' : '.0%');
    if (xAxis.current)
      select(xAxis.current).call(axisBottom(layout.x).tickValues(layout.xTicks).tickFormat(String));
    if (yAxis.current) select(yAxis.current).call(axisLeft(layout.y).ticks(5).tickFormat(yFormat));
  }, [layout]);

  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={ids.title}
        aria-describedby={description ? ids.description : undefined}
      >
        <title id={ids.title}>{title}</title>
        {description && <desc id={ids.description}>{description}</desc>}
        <g
          ref={xAxis}
          className={styles.axis}
          transform={`translate(0,${height - MARGIN.bottom})`}
        />
        <g ref={yAxis} className={styles.axis} transform={`translate(${MARGIN.left},0)`} />
        <text
          className={styles.axisLabel}
          x={(MARGIN.left + width - MARGIN.right) / 2}
          y={height - 6}
        >
          ms after the write commits
        </text>
        <text
          className={styles.axisLabel}
          transform={`translate(12,${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)`}
        >
          reads consistent
        </text>
        {marks.map((mark) => (
          <g key={mark.label} className={styles.mark}>
            <line
              x1={layout.x(mark.tMs)}
              x2={layout.x(mark.tMs)}
              y1={MARGIN.top}
              y2={height - MARGIN.bottom}
            />
            <text x={layout.x(mark.tMs) + 4} y={MARGIN.top + 12}>
              {mark.label}
            </text>
          </g>
        ))}
        <path className={styles.predicted} d={layout.path} data-testid="predicted-curve" />
        {layout.points.map((point) => (
          <g key={`${point.tMs}:${point.reads}`} className={styles.measured}>
            <line x1={point.cx} x2={point.cx} y1={point.yLow} y2={point.yHigh} />
            <circle cx={point.cx} cy={point.cy} r={point.r}>
              <title>{`${point.tMs} ms: ${percent(point.consistent)} of ${point.reads} reads consistent`}</title>
            </circle>
          </g>
        ))}
      </svg>
      <figcaption className={styles.legend}>
        <span className={styles.legendLine}>predicted (Monte Carlo)</span>
        {layout.points.length > 0 && (
          <span className={styles.legendDot}>measured (dot size: reads; bar: 95 %)</span>
        )}
      </figcaption>
    </figure>
  );
}
