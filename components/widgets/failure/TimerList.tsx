'use client';
/**
 * The timers in words, the text alternative to the bars: "n1's timer for n3: 0.4 s left".
 * Folded away by default; kept current on coarse frames (ten times a second while
 * playing) through a D3 join, not React state.
 */
import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import type { PlayerStore } from '@/components/player/PlayerStore';
import { describeTimer, suspicionTimers } from '@/sim/scenarios/failure-detector/timers';
import styles from './failure.module.css';

export function TimerList({ store, label }: { store: PlayerStore; label: string }) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    const root = select(list);
    return store.onCoarseFrame((sim) => {
      const lines = suspicionTimers(sim).map(describeTimer);
      root
        .selectAll<HTMLLIElement, string>('li')
        .data(lines)
        .join('li')
        .text((line) => line);
    });
  }, [store]);
  return (
    <details className={styles.timerList}>
      <summary>Every timer, in words</summary>
      <ul ref={ref} aria-label={`${label}: timers`} />
    </details>
  );
}
