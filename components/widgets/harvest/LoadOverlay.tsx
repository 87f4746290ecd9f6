'use client';
/**
 * Each machine's partition and load, drawn over the cluster: "p2" above the node, and
 * under it a bar for its queue (full at the bound; unbounded queues scale to the bound
 * and show the count past it). The front end shows how many queries it waits on.
 */
import type { PlayerSnapshot } from '@/components/player/PlayerStore';
import type { Point } from '@/components/viz/layout';
import type { HarvestContext } from '@/sim/scenarios/harvest-yield/machine';
import { heldBy } from '@/sim/scenarios/harvest-yield/server';
import styles from './harvest.module.css';

export function LoadOverlay({
  snapshot,
  positions,
  radius,
}: {
  snapshot: PlayerSnapshot;
  positions: ReadonlyMap<string, Point>;
  radius: number;
}) {
  const width = 2 * radius;
  const font = Math.max(10, Math.min(16, radius * 0.5));
  return (
    <g aria-hidden="true" className={styles.overlay}>
      {snapshot.nodes.map((node) => {
        const point = positions.get(node.id);
        const context = node.up ? (node.context as HarvestContext | undefined) : undefined;
        if (!point || !context) return null;
        if (context.frontEnd) {
          const waiting = context.frontEnd.pending.size;
          return (
            <text key={node.id} x={point.x} y={point.y + radius + font + 2} fontSize={font}>
              {waiting} waiting
            </text>
          );
        }
        const server = context.server!;
        const held = heldBy(server);
        const fill = Math.min(1, held / server.limit);
        return (
          <g key={node.id} transform={`translate(${point.x},${point.y})`}>
            <text y={-radius - 6} fontSize={font} className={styles.partitionLabel}>
              {server.partition < 0 ? '–' : `p${server.partition + 1}`}
            </text>
            <rect x={-radius} y={radius + 5} width={width} height={7} className={styles.barTrack} />
            <rect
              x={-radius}
              y={radius + 5}
              width={width * fill}
              height={7}
              className={fill >= 1 ? styles.barFull : styles.bar}
            />
            <text y={radius + 14 + font} fontSize={font}>
              {held}
            </text>
          </g>
        );
      })}
    </g>
  );
}
