import type { Metadata } from 'next';
import { sitePath } from '@/components/sitePath';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no Lightcone page at this address.',
};

export default function NotFound() {
  return (
    <main id="content" style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1.5rem' }}>
      <h1>This page is not part of the cluster</h1>
      <p>Nothing answers at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        {/* A plain link: this page is part of every route, embeds included, and next/link
            would add its client code to all of them. */}
        <a href={sitePath('/')}>Go to the lessons and sandboxes</a>
      </p>
    </main>
  );
}
