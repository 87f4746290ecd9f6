'use client';
/**
 * While a seek far ahead runs in slices: how far it has got, and a Cancel button that
 * leaves the run where it is. Also says why a run stopped short (its longest time or its
 * memory bound). Shown whatever other controls a widget hides, since only it can stop a
 * long seek.
 */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { describeTime } from '@/sim/core';
import styles from './controls.module.css';

export function SeekProgress({
  store,
  snapshot,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
}) {
  const { seeking, limit } = snapshot;
  if (!seeking)
    return limit ? (
      <p role="status" className={styles.slowdown}>
        {limit}
      </p>
    ) : null;
  const span = Math.max(1, seeking.to - seeking.from);
  const done = seeking.reached - seeking.from;
  const percent = Math.floor((100 * done) / span);
  // The live region says once where the run is going; the bar carries the progress.
  return (
    <div className={styles.seekProgress} role="group" aria-label="Running ahead">
      <span role="status">Running ahead to {describeTime(seeking.to)}…</span>
      <progress max={span} value={done} aria-label="Progress">
        {percent}%
      </progress>
      <span aria-hidden="true">
        {describeTime(seeking.reached)} ({percent}%)
      </span>
      <button type="button" onClick={() => store.cancelSeek()}>
        Cancel
      </button>
    </div>
  );
}
