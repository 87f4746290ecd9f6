'use client';
/** The node inspector: what one node believes right now, and the faults it can suffer. */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import type { NodeId } from '@/sim/core';
import { InFlightList } from './InFlightList';
import styles from './controls.module.css';

/** How much a latency spike multiplies a node's link delays. */
export const SPIKE_FACTOR = 20;

/** In a large cluster a node has a row per peer: past this many, the rest fold away. */
const ROWS_SHOWN = 10;

function Facts({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <dl className={styles.facts}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Props {
  readonly store: PlayerStore;
  readonly snapshot: PlayerSnapshot;
  readonly node: NodeId;
  readonly onClose: () => void;
}

export function Inspector({ store, snapshot, node, onClose }: Props) {
  const view = snapshot.nodes.find((candidate) => candidate.id === node);
  if (!view) return null;
  const rows = store.scenario.inspect(view);
  const slowed = (snapshot.network.slow[node] ?? 1) > 1;
  return (
    <section className={styles.panel} aria-labelledby={`inspector-${node}`}>
      <header className={styles.panelHeader}>
        <h3 id={`inspector-${node}`}>Node {node}</h3>
        <button type="button" onClick={onClose} aria-label={`Close inspector for ${node}`}>
          Close
        </button>
      </header>
      <Facts rows={rows.slice(0, ROWS_SHOWN)} />
      {rows.length > ROWS_SHOWN && (
        <details className={styles.moreFacts}>
          <summary>{rows.length - ROWS_SHOWN} more</summary>
          <Facts rows={rows.slice(ROWS_SHOWN)} />
        </details>
      )}
      <InFlightList store={store} snapshot={snapshot} node={node} />
      <div className={styles.actions}>
        {view.up ? (
          <button
            type="button"
            className={styles.danger}
            onClick={() => store.issue({ type: 'crash', node })}
          >
            Crash {node}
          </button>
        ) : (
          <button
            type="button"
            className={styles.primary}
            onClick={() => store.issue({ type: 'restart', node })}
          >
            Restart {node}
          </button>
        )}
        <button
          type="button"
          aria-pressed={slowed}
          onClick={() => store.issue({ type: 'slow', node, factor: slowed ? 1 : SPIKE_FACTOR })}
        >
          {slowed
            ? `End latency spike on ${node}`
            : `Latency spike on ${node} (${SPIKE_FACTOR}× slower)`}
        </button>
      </div>
    </section>
  );
}
