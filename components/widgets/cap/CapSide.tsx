'use client';
/** One side of the CAP comparison: its cluster, its counters and its checked history. */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { ClusterStage } from '../ClusterStage';
import { lazyView } from '../LoadingView';
import { CapCounters } from './CapCounters';
import styles from '../widgets.module.css';

/** The history, its checker and the checker's worker client load after the clusters paint. */
const LiveHistory = lazyView(
  () => import('./LiveHistory').then((m) => m.LiveHistory),
  'client history',
);

interface Props {
  readonly store: PlayerStore;
  readonly snapshot: PlayerSnapshot;
  readonly title: string;
  readonly blurb: string;
  readonly controls?: boolean;
}

export function CapSide({ store, snapshot, title, blurb, controls = false }: Props) {
  return (
    <section className={styles.capSide} aria-label={title}>
      <h3>{title}</h3>
      <p className={styles.muted}>{blurb}</p>
      <ClusterStage
        store={store}
        snapshot={snapshot}
        label={`${title} cluster`}
        controls={controls}
        faults
        narration
        compact
      />
      <CapCounters store={store} snapshot={snapshot} label={title} />
      <LiveHistory store={store} snapshot={snapshot} title={`${title}: client history`} />
    </section>
  );
}
