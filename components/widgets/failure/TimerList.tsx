'use client';
/**
 * The timers in words, the text alternative to the bars: "n1's timer for n3: 0.4 s left".
 * Folded away by default; while open, kept current on coarse frames (ten times a second
 * while playing) through a D3 join, not React state. A large cluster lists its first
 * MAX_LINES timers.
 */
import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import type { PlayerStore } from '@/components/player/PlayerStore';
import { describeTimer, suspicionTimers } from '@/sim/scenarios/failure-detection/timers';
import styles from './failure.module.css';

const MAX_LINES = 200;

export function TimerList({ store, label }: { store: PlayerStore; label: string }) {
  const ref = useRef<HTMLUListElement>(null);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const list = ref.current;
    const folder = details.current;
    if (!list || !folder) return;
    const root = select(list);
    const draw = () => {
      if (!folder.open) return;
      const timers = suspicionTimers(store.sim);
      const lines = timers.slice(0, MAX_LINES).map(describeTimer);
      if (timers.length > MAX_LINES) lines.push(`and ${timers.length - MAX_LINES} more`);
      root
        .selectAll<HTMLLIElement, string>('li')
        .data(lines)
        .join('li')
        .text((line) => line);
    };
    folder.addEventListener('toggle', draw);
    const stop = store.onCoarseFrame(draw);
    return () => {
      folder.removeEventListener('toggle', draw);
      stop();
    };
  }, [store]);
  return (
    <div className={styles.timerList}>
      <p className={styles.key}>
        <span className={styles.keyBar} aria-hidden="true" /> A bar on a link is a node&apos;s timer
        for that peer: full when a heartbeat arrives, empty when the node suspects the peer.
      </p>
      <details ref={details}>
        <summary>Every timer, in words</summary>
        <ul ref={ref} aria-label={`${label}: timers`} />
      </details>
    </div>
  );
}
