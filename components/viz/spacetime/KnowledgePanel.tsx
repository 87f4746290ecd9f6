'use client';
/**
 * "What can node X know at time t", in words: for each node, the latest of its events
 * that X can have heard of. The text twin of the frontier line on the diagram.
 */
import { useMemo } from 'react';
import { knowledgeAt } from './queries/knowledgeAt';
import type { SpaceTimeData } from './data/spaceTimeData';
import { cursorName, knowledgeLines } from './queries/spaceTimeText';
import styles from './spacetime.module.css';

interface Props {
  readonly data: SpaceTimeData;
  readonly visibleCount: number;
  readonly cursor: number;
  readonly host: string;
}

export function KnowledgePanel({ data, visibleCount, cursor, host }: Props) {
  const lines = useMemo(
    () => knowledgeLines(data, knowledgeAt(data, host, cursor, visibleCount)),
    [data, visibleCount, cursor, host],
  );
  return (
    <section className={styles.panel} aria-label={`What ${host} can know`}>
      <h3 className={styles.panelTitle}>
        What {host} can know {cursorName(data, cursor)}
      </h3>
      <ul className={styles.knowledge}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
