'use client';
/**
 * The selected event's light cone in words: describeCone's sentence, and the events
 * concurrent with it by name (the ones the diagram leaves unshaded). Counted from the
 * clocks (cones.ts), so the panel costs O(lanes × log n) as the run grows under it.
 * In a live run the diagram holds a stretch of the run: the counts are of that stretch,
 * and the panel says how far the past reaches before it.
 */
import { useMemo } from 'react';
import { coneSentence } from '@/sim/checkers/causality';
import { coneSizes, firstConcurrent, pastBeforeHeld } from './queries/cones';
import type { SpaceTimeData } from './data/spaceTimeData';
import { CONCURRENT_NAMED, concurrentSentence } from './queries/spaceTimeText';
import styles from './spacetime.module.css';

interface Props {
  readonly data: SpaceTimeData;
  readonly visibleCount: number;
  readonly selected: number;
  readonly onClear: () => void;
}

/** When the cone reaches back past the events the diagram holds (a long live run). */
function earlierSentence(earlier: number): string | null {
  if (earlier === 0) return null;
  const events = earlier === 1 ? '1 event' : `${earlier} events`;
  return (
    'The counts above are of the events the diagram holds. ' +
    `Its past also reaches ${events} before the earliest of them: scrub back to see them.`
  );
}

export function ConePanel({ data, visibleCount, selected, onClear }: Props) {
  const text = useMemo(() => {
    if (selected >= visibleCount) return null;
    // Only what has happened by now: the cone grows as the run goes on.
    const sizes = coneSizes(data.layout, selected, visibleCount);
    const named = firstConcurrent(data.layout, selected, visibleCount, CONCURRENT_NAMED);
    return {
      summary: coneSentence(data.events[selected]!, sizes),
      concurrent: concurrentSentence(data, named, sizes.concurrent),
      earlier: earlierSentence(pastBeforeHeld(data.layout, selected)),
    };
  }, [data, visibleCount, selected]);

  return (
    <section className={styles.panel} aria-label="Selected event">
      <h3 className={styles.panelTitle}>Light cone</h3>
      {text === null ? (
        <p>The selected event has not happened yet at this time.</p>
      ) : (
        <>
          <p>{text.summary}</p>
          <p>{text.concurrent}</p>
          {text.earlier && <p>{text.earlier}</p>}
        </>
      )}
      <button type="button" className={styles.button} onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
