/**
 * The links of the cluster: a faint line for every pair that can talk, a red dashed line
 * where a partition cuts one or both directions, and an arrow for every relation the
 * scenario reports ("n2 suspects n4", "n3 follows n1"), in the relation's tone and curved
 * so that a→b and b→a do not overlap.
 */
import { useMemo } from 'react';
import type { NetworkState, NodeLook, RelationDef } from '@/sim/core';
import { TONE_VAR } from './theme/statusTones';
import { trimmedLink, type ClusterGeometry, type Point } from './layout';
import styles from './cluster.module.css';

interface Props {
  readonly ids: readonly string[];
  readonly positions: ReadonlyMap<string, Point>;
  readonly geometry: ClusterGeometry;
  readonly network: NetworkState;
  readonly looks: ReadonlyMap<string, NodeLook>;
  readonly arrowId: string;
  readonly relations: readonly RelationDef[];
  /** Which pairs are linked; every pair when absent. */
  readonly linked?: (a: string, b: string) => boolean;
}

function toneOfRelation(relations: readonly RelationDef[], kind: string): RelationDef['tone'] {
  return relations.find((relation) => relation.kind === kind)?.tone ?? 'info';
}

function curved(from: Point, to: Point, inset: number, bend: number): string {
  const [a, b] = trimmedLink(from, to, inset);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  // Bend to the right of the direction of travel, so a→b and b→a sit apart.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return `M${a.x},${a.y}Q${mx - (dy / length) * bend},${my + (dx / length) * bend} ${b.x},${b.y}`;
}

/**
 * Every link, as one path for the ones that work (up to 4,950 at 100 nodes) and a line for
 * each one a partition cuts. Rebuilt only when the nodes or the network change.
 */
function Links({
  ids,
  positions,
  inset,
  blocked,
  linked,
}: {
  ids: readonly string[];
  positions: ReadonlyMap<string, Point>;
  inset: number;
  blocked: NetworkState['blocked'];
  linked: ((a: string, b: string) => boolean) | undefined;
}) {
  const isBlocked = (from: string, to: string) => blocked[to]?.includes(from) ?? false;
  let healthy = '';
  const cut: { a: string; b: string; p: Point; q: Point; both: boolean }[] = [];
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) {
      if (linked && !linked(a, b)) continue;
      const [p, q] = trimmedLink(positions.get(a)!, positions.get(b)!, inset);
      const ab = isBlocked(a, b);
      const ba = isBlocked(b, a);
      if (ab || ba) cut.push({ a, b, p, q, both: ab && ba });
      else healthy += `M${p.x.toFixed(1)},${p.y.toFixed(1)}L${q.x.toFixed(1)},${q.y.toFixed(1)}`;
    }
  });
  // Hundreds of faint lines would turn the middle grey: fade them as the cluster grows.
  const opacity = Math.min(1, 12 / ids.length);
  return (
    <>
      <path d={healthy} className={styles.link} style={{ strokeOpacity: opacity }} />
      {cut.map(({ a, b, p, q, both }) => (
        <line
          key={`${a}-${b}`}
          x1={p.x}
          y1={p.y}
          x2={q.x}
          y2={q.y}
          className={styles.linkCut}
          data-link={`${a}-${b}`}
          data-cut={both ? 'both' : 'one-way'}
        />
      ))}
    </>
  );
}

export function ClusterLinks({
  ids,
  positions,
  geometry,
  network,
  looks,
  arrowId,
  relations,
  linked,
}: Props) {
  const { blocked } = network;
  const links = useMemo(
    () => (
      <Links
        ids={ids}
        positions={positions}
        inset={geometry.inset}
        blocked={blocked}
        linked={linked}
      />
    ),
    [ids, positions, geometry.inset, blocked, linked],
  );
  const { nodeRadius } = geometry;
  // Arrowheads scale with the stroke (marker units), so thin them with the nodes.
  const strokeWidth = Math.min(2.5, Math.max(1, nodeRadius / 12));
  const bend = Math.min(18, nodeRadius);
  return (
    <g aria-hidden="true">
      {links}
      {ids.flatMap((id) =>
        (looks.get(id)?.edges ?? []).map((edge) => (
          <path
            key={`${id}-${edge.kind}-${edge.to}`}
            d={curved(positions.get(id)!, positions.get(edge.to)!, nodeRadius + 6, bend)}
            className={styles.relation}
            stroke={TONE_VAR[toneOfRelation(relations, edge.kind)]}
            style={{ strokeWidth }}
            markerEnd={`url(#${arrowId}-${toneOfRelation(relations, edge.kind)})`}
            data-edge={`${id} ${edge.kind} ${edge.to}`}
          />
        )),
      )}
    </g>
  );
}
