'use client';
/**
 * The selected event's light cone in words: describeCone's sentence, and the events
 * concurrent with it by name (the ones the diagram leaves unshaded).
 */
import { useMemo } from 'react';
import { causalCones, describeCone } from '@/sim/checkers/causality';
import { graphPrefix, type SpaceTimeData } from './spaceTimeData';
import { concurrentSentence } from './spaceTimeText';
import styles from './spacetime.module.css';

interface Props {
  readonly data: SpaceTimeData;
  readonly visibleCount: number;
  readonly selected: number;
  readonly onClear: () => void;
}

export function ConePanel({ data, visibleCount, selected, onClear }: Props) {
  const text = useMemo(() => {
    if (selected >= visibleCount) return null;
    // Only what has happened by now: the cone grows as the run goes on.
    const graph = graphPrefix(data, visibleCount);
    const clocks = data.layout.clocks;
    return {
      summary: describeCone(graph, selected, clocks),
      concurrent: concurrentSentence(data, causalCones(graph, selected, clocks).concurrent),
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
        </>
      )}
      <button type="button" className={styles.button} onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
