'use client';
/**
 * What the network does to the line, drawn over it:
 * - a partition: a dashed cut between each pair of neighbours in different groups, from
 *   above the nodes down to the axis (the ring's wedges would mean nothing here);
 * - a slowed node: a note over it ("3× slower"), since the line still shows where it
 *   stands while its messages take longer than their length.
 */
import type { NetworkState } from '@/sim/core';
import type { Point } from '@/components/viz/layout';
import { lineCuts } from './lineLayout';
import styles from './lightcone.module.css';

export function LineMarks({
  network,
  positions,
  radius,
}: {
  network: NetworkState;
  positions: ReadonlyMap<string, Point>;
  radius: number;
}) {
  const ys = [...positions.values()].map((p) => p.y);
  const cuts = network.groups === null ? [] : lineCuts(network.groups, positions);
  const slowed = Object.entries(network.slow).filter(
    ([id, factor]) => factor > 1 && positions.has(id),
  );
  return (
    <>
      {network.groups !== null && (
        <g data-line-cuts={cuts.length}>
          {cuts.map((x) => (
            <line
              key={x}
              x1={x}
              x2={x}
              y1={Math.min(...ys) - radius - 8}
              y2={Math.max(...ys) + radius + 8}
              className={styles.cut}
            />
          ))}
        </g>
      )}
      <g data-slow-marks>
        {slowed.map(([id, factor]) => {
          const point = positions.get(id)!;
          return (
            <text
              key={id}
              x={point.x}
              y={point.y - radius - 12}
              textAnchor="middle"
              className={styles.slowMark}
            >
              {`${factor}× slower`}
            </text>
          );
        })}
      </g>
    </>
  );
}
