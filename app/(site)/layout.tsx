import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './site.module.css';

/** Site chrome for every page except embeds. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className={styles.header}>
        <Link href="/" className={styles.brand}>
          Lightcone
        </Link>
        <nav aria-label="Main">
          <Link href="/#lessons">Lessons</Link>
          <Link href="/#sandboxes">Sandboxes</Link>
          <Link href="/tools/space-time/">Log viewer</Link>
          <Link href="/tools/pbs/">PBS calculator</Link>
        </nav>
      </header>
      <main id="content" className={styles.main}>
        {children}
      </main>
      <footer className={styles.footer}>
        <p>
          Every simulation runs in your browser, offline. Same seed, same run, on every machine.
        </p>
      </footer>
    </>
  );
}
