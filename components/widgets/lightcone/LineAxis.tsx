'use client';
/**
 * The distance axis under the observers' line: ticks in milliseconds of message travel
 * from the soldier (n1). React renders the group; d3-axis draws into it.
 */
import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { describeTime, type ParamValues } from '@/sim/core';
import { LINE_Y, lineScale } from './lineLayout';
import styles from './lightcone.module.css';

export function LineAxis({ params, radius }: { params: ParamValues; radius: number }) {
  const ref = useRef<SVGGElement>(null);
  const scale = useMemo(() => lineScale(params), [params]);
  useLayoutEffect(() => {
    if (!ref.current) return;
    select(ref.current).call(
      axisBottom(scale)
        .ticks(5)
        .tickFormat((us) => (Number(us) === 0 ? '0' : describeTime(Number(us))))
        .tickSizeOuter(0),
    );
  }, [scale]);
  const [start, end] = scale.range() as [number, number];
  return (
    <g className={styles.axis} transform={`translate(0,${LINE_Y + radius + 14})`}>
      <g ref={ref} data-axis="distance" />
      <text x={(start + end) / 2} y={44} textAnchor="middle" className={styles.axisLabel}>
        Distance from n1, as the time a message takes
      </text>
    </g>
  );
}
