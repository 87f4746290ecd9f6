'use client';
/**
 * A partition on the line: a dashed cut between each pair of neighbours that the
 * partition puts in different groups, from above the nodes down to the axis. (The ring's
 * wedges would mean nothing here.)
 */
import type { NetworkState } from '@/sim/core';
import type { Point } from '@/components/viz/layout';
import { lineCuts } from './lineLayout';
import styles from './lightcone.module.css';

export function LineCuts({
  network,
  positions,
  radius,
}: {
  network: NetworkState;
  positions: ReadonlyMap<string, Point>;
  radius: number;
}) {
  if (network.groups === null) return null;
  const cuts = lineCuts(network.groups, positions);
  const top = Math.min(...[...positions.values()].map((p) => p.y)) - radius - 8;
  const bottom = Math.max(...[...positions.values()].map((p) => p.y)) + radius + 8;
  return (
    <g data-line-cuts={cuts.length}>
      {cuts.map((x) => (
        <line key={x} x1={x} x2={x} y1={top} y2={bottom} className={styles.cut} />
      ))}
    </g>
  );
}
