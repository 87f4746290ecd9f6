'use client';
/**
 * What happened: the event log to read back through (every narrated event with its
 * time, eventLog/EventLog.tsx), and the polite live region, where screen readers hear
 * only significant events as they happen ("n2 suspects n4"), newest last, without being
 * interrupted. The log is on screen; the live region is for screen readers alone, so
 * nothing is shown twice.
 */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { EventLog } from './eventLog/EventLog';
import styles from './controls.module.css';

export function NarrationLog({
  store,
  snapshot,
  lines = 8,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  lines?: number;
}) {
  const recent = snapshot.narration.slice(-lines);
  return (
    <section className={styles.narration} aria-label="What just happened">
      <EventLog store={store} snapshot={snapshot} />
      <div role="log" aria-live="polite" aria-relevant="additions" className="visually-hidden">
        {recent.map((line) => (
          <p key={line.id}>{line.text}</p>
        ))}
      </div>
    </section>
  );
}
