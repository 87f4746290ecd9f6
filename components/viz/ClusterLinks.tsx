/**
 * The links of the cluster: a faint line for every pair that can talk, a red dashed line
 * where a partition cuts one or both directions, and an arrow for every relation the
 * scenario reports ("n2 suspects n4", "n3 follows n1"), in the relation's tone and curved
 * so that a→b and b→a do not overlap.
 */
import type { NetworkState } from '@/sim/core/network';
import type { NodeLook, RelationDef } from '@/sim/core/scenario';
import { TONE_VAR } from './tones';
import { trimmedLink, type Point } from './layout';
import styles from './cluster.module.css';

interface Props {
  readonly ids: readonly string[];
  readonly positions: ReadonlyMap<string, Point>;
  readonly network: NetworkState;
  readonly looks: ReadonlyMap<string, NodeLook>;
  readonly arrowId: string;
  readonly relations: readonly RelationDef[];
}

function toneOfRelation(relations: readonly RelationDef[], kind: string): RelationDef['tone'] {
  return relations.find((relation) => relation.kind === kind)?.tone ?? 'info';
}

function curved(from: Point, to: Point): string {
  const [a, b] = trimmedLink(from, to, 40);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  // Bend to the right of the direction of travel, so a→b and b→a sit apart.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = 18;
  return `M${a.x},${a.y}Q${mx - (dy / length) * bend},${my + (dx / length) * bend} ${b.x},${b.y}`;
}

export function ClusterLinks({ ids, positions, network, looks, arrowId, relations }: Props) {
  const pairs: [string, string][] = [];
  ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => pairs.push([a, b])));
  const blocked = (from: string, to: string) => network.blocked[to]?.includes(from) ?? false;
  return (
    <g aria-hidden="true">
      {pairs.map(([a, b]) => {
        const [p, q] = trimmedLink(positions.get(a)!, positions.get(b)!);
        const cut = blocked(a, b) || blocked(b, a);
        return (
          <line
            key={`${a}-${b}`}
            x1={p.x}
            y1={p.y}
            x2={q.x}
            y2={q.y}
            className={cut ? styles.linkCut : styles.link}
            data-link={`${a}-${b}`}
            data-cut={cut ? (blocked(a, b) && blocked(b, a) ? 'both' : 'one-way') : undefined}
          />
        );
      })}
      {ids.flatMap((id) =>
        (looks.get(id)?.edges ?? []).map((edge) => (
          <path
            key={`${id}-${edge.kind}-${edge.to}`}
            d={curved(positions.get(id)!, positions.get(edge.to)!)}
            className={styles.relation}
            stroke={TONE_VAR[toneOfRelation(relations, edge.kind)]}
            markerEnd={`url(#${arrowId}-${toneOfRelation(relations, edge.kind)})`}
            data-edge={`${id} ${edge.kind} ${edge.to}`}
          />
        )),
      )}
    </g>
  );
}
