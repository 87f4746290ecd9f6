/**
 * The legend: the node statuses on screen (and "crashed", which can always happen), the
 * relations drawn now, and the marks every cluster shares. A mode without leaders (AP)
 * never lists "follows its leader".
 */
import type { RelationDef, StatusDef } from '@/sim/core';
import { TONE_VAR } from './theme/statusTones';
import styles from './cluster.module.css';

interface Props {
  readonly legend: readonly StatusDef[];
  /** The relations some arrow shows now. */
  readonly relations: readonly RelationDef[];
  /** Statuses some node has now; others are left out so each mode's legend fits it. */
  readonly present: ReadonlySet<string>;
}

export function ClusterLegend({ legend, relations, present }: Props) {
  const shown = legend.filter((entry) => present.has(entry.status) || entry.tone === 'down');
  return (
    <figcaption className={styles.legend}>
      <ul aria-label="Legend">
        {shown.map((entry) => (
          <li key={entry.status} title={entry.description}>
            <svg width="18" height="18" aria-hidden="true">
              <circle cx="9" cy="9" r="8" fill={TONE_VAR[entry.tone]} />
            </svg>
            {entry.label}
          </li>
        ))}
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r="5" className={styles.legendMessage} />
          </svg>
          Message in flight
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <path d="M3,3L15,15M3,15L15,3" className={styles.legendLost} />
          </svg>
          Message lost
        </li>
        {relations.map((relation) => (
          <li key={relation.kind}>
            <svg width="26" height="18" aria-hidden="true">
              <path
                d="M2,9H20"
                className={styles.legendRelation}
                stroke={TONE_VAR[relation.tone]}
              />
              <path d="M18,5L25,9L18,13z" fill={TONE_VAR[relation.tone]} />
            </svg>
            {relation.label}
          </li>
        ))}
        <li>
          <svg width="26" height="18" aria-hidden="true">
            <path d="M2,9H24" className={styles.legendCut} />
          </svg>
          Cut link
        </li>
      </ul>
    </figcaption>
  );
}
