'use client';
/** Under a lesson's or an embed's quorum cluster: the staleness chart and the counters. */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { QuorumCounters } from './QuorumCounters';
import { StalenessPanel } from './StalenessPanel';
import { useStaleness } from './useStaleness';
import styles from './quorum.module.css';

export function QuorumBelow({
  store,
  snapshot,
  label,
  chart = true,
  table = true,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  label: string;
  /** Whether to draw the staleness chart (a small embed may show the counters only). */
  chart?: boolean;
  /** Whether to list the measured points under the chart; without them, everything is denser, for slides. */
  table?: boolean;
}) {
  const staleness = useStaleness(store, snapshot);
  return (
    <div className={table ? styles.below : `${styles.below} ${styles.dense}`}>
      {chart && (
        <StalenessPanel params={store.sim.params} staleness={staleness} compact table={table} />
      )}
      <QuorumCounters snapshot={snapshot} staleness={staleness} label={label} />
    </div>
  );
}
