/**
 * Partitions drawn as regions: the disc is split into one wedge per node, each tinted by
 * the node's group, with a cut line wherever neighbouring wedges belong to different
 * groups. A straight cut gives contiguous regions; any grouping stays readable.
 */
import { CENTER, nodeAngle, RING_RADIUS, wedgePath } from './layout';
import { GROUP_VARS } from './tones';
import styles from './cluster.module.css';

const OUTER = RING_RADIUS + 75;

export function PartitionRegions({
  ids,
  groups,
}: {
  ids: readonly string[];
  groups: readonly (readonly string[])[] | null;
}) {
  if (!groups) return null;
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => group.forEach((id) => groupOf.set(id, index)));
  const half = Math.PI / ids.length;
  return (
    <g className={styles.regions} transform={`translate(${CENTER},${CENTER})`} aria-hidden="true">
      {ids.map((id, index) => {
        const angle = nodeAngle(index, ids.length);
        return (
          <path
            key={id}
            d={wedgePath(angle - half, angle + half, OUTER)}
            fill={GROUP_VARS[(groupOf.get(id) ?? 0) % GROUP_VARS.length]}
            className={styles.region}
          />
        );
      })}
      {ids.map((id, index) => {
        const next = ids[(index + 1) % ids.length]!;
        if (groupOf.get(id) === groupOf.get(next)) return null;
        const angle = nodeAngle(index, ids.length) + half;
        return (
          <line
            key={`cut-${id}`}
            x1={0}
            y1={0}
            x2={OUTER * Math.cos(angle)}
            y2={OUTER * Math.sin(angle)}
            className={styles.cutLine}
          />
        );
      })}
    </g>
  );
}
