/**
 * A glossary term at its first use in a lesson: `<Term id="quorum">quorums</Term>` links
 * the words to `/glossary/#quorum`. An unknown id throws, failing the static build. A
 * server component; it renders a plain link.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { glossaryEntry } from '@/content/glossary';
import styles from './lesson.module.css';

export interface TermProps {
  /** The glossary entry's id (content/glossary.ts). */
  readonly id: string;
  /** The words as the lesson uses them. */
  readonly children: ReactNode;
}

export function Term({ id, children }: TermProps) {
  const entry = glossaryEntry(id);
  return (
    <Link href={`/glossary/#${entry.id}`} className={styles.term}>
      {children}
    </Link>
  );
}
