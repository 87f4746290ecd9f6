'use client';
/** Live counters of what CAP costs: refusals, timeouts, stale reads, siblings, lost writes. */
import { useMemo } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { capMetrics } from '@/sim/checkers/history';
import styles from '../widgets.module.css';

export function CapCounters({
  store,
  snapshot,
  label,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  label: string;
}) {
  // Recomputed when the player publishes (a few times a second), not every frame.
  const metrics = useMemo(() => capMetrics(store.sim.trace, store.sim.traceEnd), [store, snapshot]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows: [string, number, string][] = [
    [
      'Refused',
      metrics.refused,
      'Requests a replica turned down because it could not reach a majority',
    ],
    [
      'Timed out',
      metrics.timedOut,
      'Requests whose client gave up waiting: the outcome is unknown',
    ],
    ['Stale reads', metrics.staleReads, 'Reads that missed a write acknowledged before they began'],
    ['Sibling reads', metrics.siblingReads, 'Reads that returned several conflicting values'],
    ['Writes lost', metrics.lostWrites, 'Acknowledged writes later discarded'],
  ];
  return (
    <dl className={styles.counters} aria-label={`${label}: counters`}>
      {rows.map(([name, value, description]) => (
        <div key={name} title={description} data-nonzero={value > 0 || undefined}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
