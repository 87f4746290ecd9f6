'use client';
/**
 * A note over each node whose links are slowed ("3× slower"): the line still shows where
 * the node stands, so the note says that its messages now take longer than their length.
 */
import type { NetworkState } from '@/sim/core';
import type { Point } from '@/components/viz/layout';
import styles from './lightcone.module.css';

export function SlowMarks({
  network,
  positions,
  radius,
}: {
  network: NetworkState;
  positions: ReadonlyMap<string, Point>;
  radius: number;
}) {
  const slowed = Object.entries(network.slow).filter(
    ([id, factor]) => factor > 1 && positions.has(id),
  );
  return (
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
  );
}
