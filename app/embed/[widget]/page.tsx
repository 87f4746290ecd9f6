import type { Metadata } from 'next';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { embeds, findEntry } from '@/components/widgets/registry';
import { EmbedClient } from './EmbedClient';

export const dynamicParams = false;

export function generateStaticParams() {
  return embeds.map((entry) => ({ widget: entry.id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ widget: string }>;
}): Promise<Metadata> {
  const entry = findEntry(embeds, (await params).widget);
  return entry ? { title: `${entry.title} (embed)`, description: entry.description } : {};
}

/** Chrome-less: only the widget, for iframes in slides and classrooms. */
export default async function EmbedPage({ params }: { params: Promise<{ widget: string }> }) {
  const entry = findEntry(embeds, (await params).widget);
  if (!entry) notFound();
  return (
    <Suspense fallback={<p>Loading the simulation…</p>}>
      <EmbedClient scenario={entry.scenario} title={entry.title} kind={entry.kind} />
    </Suspense>
  );
}
