/** The legend: every node status the scenario uses, plus the marks every cluster shares. */
import type { StatusDef } from '@/sim/core/scenario';
import { TONE_VAR } from './tones';
import styles from './cluster.module.css';

export function ClusterLegend({ legend }: { legend: readonly StatusDef[] }) {
  return (
    <figcaption className={styles.legend}>
      <ul aria-label="Legend">
        {legend.map((entry) => (
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
        <li>
          <svg width="26" height="18" aria-hidden="true">
            <path d="M2,9H20" className={styles.legendSuspicion} />
            <path d="M18,5L25,9L18,13z" className={styles.arrowHead} />
          </svg>
          Suspects (arrow points at the suspect)
        </li>
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
