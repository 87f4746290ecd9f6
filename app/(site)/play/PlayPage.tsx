/**
 * The shell of every `/play/<id>/` page. Each sandbox has its own route folder, so that
 * its page loads only its own scenario and panels: a route ships every client component
 * its server modules import, rendered or not.
 */
import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { sandboxes, requireEntry } from '@/components/widgets/registry';
import styles from '../site.module.css';

export function playMetadata(id: string): Metadata {
  const entry = requireEntry(sandboxes, id);
  return { title: `${entry.title} sandbox`, description: entry.description };
}

export function PlayPage({ id, children }: { id: string; children: ReactNode }) {
  const entry = requireEntry(sandboxes, id);
  return (
    <>
      <p className={styles.eyebrow}>Sandbox</p>
      <h1>{entry.title}</h1>
      <p className={styles.lead}>{entry.description}</p>
      {/* The sandbox reads the query string, so it renders on the client. */}
      <Suspense fallback={<p>Loading the simulation…</p>}>{children}</Suspense>
    </>
  );
}
