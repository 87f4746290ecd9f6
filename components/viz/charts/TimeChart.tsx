'use client';
/**
 * A small chart of values over virtual time, redrawn when the player publishes (a few
 * times a second), never per frame. React renders the structure; d3-scale maps the
 * values, d3-axis draws the axes into their groups, and d3-shape makes the lines.
 */
import { useEffect, useMemo, useRef } from 'react';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { type Micros, US_PER_S } from '@/sim/core';
import styles from './timeChart.module.css';

export interface ChartLine {
  readonly key: string;
  readonly label: string;
  readonly values: readonly number[];
  /** A CSS colour, usually a palette variable. */
  readonly colour: string;
  readonly dashed?: boolean;
}

export interface TimeChartProps {
  readonly title: string;
  /** Sample times, shared by every line. */
  readonly times: readonly Micros[];
  readonly lines: readonly ChartLine[];
  /** The top of the value axis, or the largest value shown (at least `yMin`). */
  readonly yMax?: number;
  readonly yMin?: number;
  readonly yFormat?: (value: number) => string;
  /** A horizontal reference line, such as the deadline. */
  readonly threshold?: { readonly value: number; readonly label: string };
  /** What the chart shows, in words, for screen readers. */
  readonly summary: string;
  /** Hide the legend (for many lines, such as one per machine). */
  readonly legend?: boolean;
}

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 8, right: 10, bottom: 22, left: 38 };
/** The time axis shows at least this much, so the first seconds do not stretch. */
const MIN_SPAN: Micros = 10 * US_PER_S;

export function TimeChart({
  title,
  times,
  lines,
  yMax,
  yMin = 1,
  yFormat,
  threshold,
  summary,
  legend = true,
}: TimeChartProps) {
  const xAxisRef = useRef<SVGGElement>(null);
  const yAxisRef = useRef<SVGGElement>(null);
  const end = Math.max(MIN_SPAN, times[times.length - 1] ?? 0);
  const top =
    yMax ?? Math.max(yMin, threshold?.value ?? 0, ...lines.flatMap((l) => l.values)) * 1.1;
  const x = useMemo(
    () => scaleLinear([0, end / US_PER_S], [MARGIN.left, WIDTH - MARGIN.right]),
    [end],
  );
  const y = useMemo(() => scaleLinear([0, top], [HEIGHT - MARGIN.bottom, MARGIN.top]), [top]);
  useEffect(() => {
    if (xAxisRef.current)
      select(xAxisRef.current).call(
        axisBottom(x)
          .ticks(5)
          .tickFormat((s) => `${s}s`),
      );
    if (yAxisRef.current)
      select(yAxisRef.current).call(
        axisLeft(y)
          .ticks(4)
          .tickFormat((v) => (yFormat ? yFormat(Number(v)) : String(v))),
      );
  }, [x, y, yFormat]);
  const path = line<number>()
    .x((_, i) => x(times[i]! / US_PER_S))
    .y((v) => y(v));
  return (
    <figure className={styles.chart}>
      <figcaption>
        <span className={styles.title}>{title}</span>
        {legend &&
          lines.map((l) => (
            <span key={l.key} className={styles.key}>
              <svg width="18" height="8" aria-hidden="true">
                <line
                  x1="0"
                  y1="4"
                  x2="18"
                  y2="4"
                  stroke={l.colour}
                  strokeWidth="2.5"
                  strokeDasharray={l.dashed ? '4 3' : undefined}
                />
              </svg>
              {l.label}
            </span>
          ))}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}: ${summary}`}>
        <g
          ref={xAxisRef}
          className={styles.axis}
          transform={`translate(0,${HEIGHT - MARGIN.bottom})`}
        />
        <g ref={yAxisRef} className={styles.axis} transform={`translate(${MARGIN.left},0)`} />
        {threshold && (
          <g className={styles.threshold}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(threshold.value)}
              y2={y(threshold.value)}
            />
            <text x={WIDTH - MARGIN.right} y={y(threshold.value) - 3}>
              {threshold.label}
            </text>
          </g>
        )}
        {lines.map((l) => (
          <path
            key={l.key}
            d={path(l.values as number[]) ?? ''}
            fill="none"
            stroke={l.colour}
            strokeWidth={lines.length > 6 ? 1.2 : 2}
            strokeDasharray={l.dashed ? '4 3' : undefined}
          />
        ))}
      </svg>
    </figure>
  );
}
