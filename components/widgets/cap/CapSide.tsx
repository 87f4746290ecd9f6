'use client';
/** One side of the CAP comparison: its cluster, its counters and its checked history. */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { ClusterStage } from '../ClusterStage';
import { lazyView } from '../LoadingView';
import { CapCounters } from './CapCounters';
import styles from '../widgets.module.css';
import slideStyles from '../slide.module.css';

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
  /** On a 16:9 slide: the cluster beside its counters and history, not above them. */
  readonly slide?: boolean;
}

export function CapSide({ store, snapshot, title, blurb, controls = false, slide = false }: Props) {
  const stage = (
    <ClusterStage
      store={store}
      snapshot={snapshot}
      label={`${title} cluster`}
      controls={controls}
      faults
      narration
      {...(slide ? { narrationLines: 2 } : {})}
      compact
    />
  );
  const info = (
    <>
      <CapCounters store={store} snapshot={snapshot} label={title} />
      <LiveHistory store={store} snapshot={snapshot} title={`${title}: client history`} />
    </>
  );
  return (
    <section className={styles.capSide} aria-label={title}>
      <h3>{title}</h3>
      {/* On a slide the speaker says it; screen readers still hear it. */}
      <p className={slide ? 'visually-hidden' : styles.muted}>{blurb}</p>
      {slide ? (
        <div className={slideStyles.capSideBody}>
          {stage}
          <div className={slideStyles.capSideInfo}>{info}</div>
        </div>
      ) : (
        <>
          {stage}
          {info}
        </>
      )}
    </section>
  );
}
