/**
 * The shell of every `/embed/<widget>/` page. Each widget has its own route folder, so
 * that its page loads only that widget's code: a route ships every client component its
 * server modules import, rendered or not.
 */
import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { embeds, requireEntry } from '@/components/widgets/registry';
import { EmbedFit } from '@/components/widgets/EmbedFit';

export function embedMetadata(id: string): Metadata {
  const entry = requireEntry(embeds, id);
  return { title: `${entry.title} (embed)`, description: entry.description };
}

/** Chrome-less: only the widget, fitted to its frame, for iframes in slides and classrooms. */
export function EmbedPage({ id, children }: { id: string; children: ReactNode }) {
  const entry = requireEntry(embeds, id);
  return (
    <>
      <h1 className="visually-hidden">{entry.title}</h1>
      {/* The widget reads the query string, so it renders on the client. */}
      <EmbedFit>
        <Suspense fallback={<p>Loading the simulation…</p>}>{children}</Suspense>
      </EmbedFit>
    </>
  );
}
