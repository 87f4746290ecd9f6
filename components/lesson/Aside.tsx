/**
 * A side note: a detail, a caveat or a pointer for readers who want more, set apart from
 * the lesson's main line. A server component; it renders plain HTML.
 */
import { useId, type ReactNode } from 'react';
import styles from './lesson.module.css';

export interface AsideProps {
  /** A short heading, such as "The fine print: independence". */
  readonly title: string;
  readonly children?: ReactNode;
}

export function Aside({ title, children }: AsideProps) {
  const headingId = useId();
  return (
    <aside className={`${styles.box} ${styles.aside}`} aria-labelledby={headingId}>
      <h3 className={styles.asideTitle} id={headingId}>
        {title}
      </h3>
      {children}
    </aside>
  );
}
