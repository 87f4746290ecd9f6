import type { Metadata } from 'next';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { findEntry, sandboxes } from '@/components/widgets/registry';
import { PlayClient } from './PlayClient';
import styles from '../../site.module.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return sandboxes.map((entry) => ({ scenario: entry.id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ scenario: string }>;
}): Promise<Metadata> {
  const entry = findEntry(sandboxes, (await params).scenario);
  return entry ? { title: `${entry.title} sandbox`, description: entry.description } : {};
}

export default async function PlayPage({ params }: { params: Promise<{ scenario: string }> }) {
  const entry = findEntry(sandboxes, (await params).scenario);
  if (!entry) notFound();
  return (
    <>
      <p className={styles.eyebrow}>Sandbox</p>
      <h1>{entry.title}</h1>
      <p className={styles.lead}>{entry.description}</p>
      <Suspense fallback={<p>Loading the simulation…</p>}>
        <PlayClient scenario={entry.scenario} />
      </Suspense>
    </>
  );
}
