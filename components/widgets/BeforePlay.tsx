'use client';
/**
 * Covers a view that is empty until its run starts (a space-time diagram with no events,
 * charts with no points) with what Play will show, so a learner never reads an empty axis
 * such as "0 µs…200 µs". The cover is a picture of words only: pointer events pass through
 * it, and screen readers hear the same plan under the timeline (RunPlan.tsx).
 */
import type { ReactNode } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { describePlan } from '@/components/player/runPlan';
import styles from './beforePlay.module.css';

export function BeforePlay({
  store,
  snapshot,
  fills,
  children,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  /** What fills in as the run plays, e.g. "The diagram draws itself". */
  fills: string;
  children: ReactNode;
}) {
  // Only a run with an end (a lesson widget) can say what Play will show.
  const waiting = store.stopAt !== null && snapshot.now === 0 && !snapshot.playing;
  return (
    <div className={styles.frame}>
      {children}
      {waiting && (
        <div className={styles.cover} aria-hidden="true">
          <p>
            {fills} as the run plays. {describePlan(snapshot.commands, store.stopAt)}
          </p>
        </div>
      )}
    </div>
  );
}
