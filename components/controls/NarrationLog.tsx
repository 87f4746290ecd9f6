'use client';
/**
 * The polite live region: significant events in words ("n2 suspects n4"), newest last.
 * Screen readers announce each new line without interrupting.
 */
import type { PlayerSnapshot } from '@/components/player/PlayerStore';
import styles from './controls.module.css';

export function NarrationLog({
  snapshot,
  lines = 8,
}: {
  snapshot: PlayerSnapshot;
  lines?: number;
}) {
  const recent = snapshot.narration.slice(-lines);
  return (
    <section className={styles.narration} aria-label="What just happened">
      <div role="log" aria-live="polite" aria-relevant="additions" className={styles.log}>
        {recent.length === 0 ? (
          <p className={styles.muted}>
            Events such as suspicions, crashes and partitions appear here.
          </p>
        ) : (
          recent.map((line) => <p key={line.id}>{line.text}</p>)
        )}
      </div>
    </section>
  );
}
