/**
 * The page left at a concept's former address, `/play/<former>/` or `/embed/<former>/`.
 * A static site cannot answer with a redirect, so the page moves the browser on itself,
 * keeping the query string and the hash (the run: seed, parameters, commands, time): a
 * script replaces the address at once, a meta refresh does the same without scripts
 * (without the query), and a visible link remains for anything else.
 */
import type { Metadata } from 'next';
import { formerIds } from '@/content/concepts';
import { sitePath } from '@/components/sitePath';

/** Former ids for `generateStaticParams`: one redirect page each. */
export function formerParams(): { former: string }[] {
  return [...formerIds.keys()].map((former) => ({ former }));
}

/** The path that `/<section>/<former>/` moved to. Throws (failing the build) if none. */
export function movedTo(section: 'play' | 'embed', former: string): string {
  const id = formerIds.get(former);
  if (!id) throw new Error(`"${former}" is no concept's former id in content/concepts/`);
  return `/${section}/${id}/`;
}

/** The page component of `app/…/<section>/[former]/page.tsx`. */
export function movedPage(section: 'play' | 'embed') {
  return async function MovedPage({ params }: { params: Promise<{ former: string }> }) {
    const { former } = await params;
    return <Moved to={movedTo(section, former)} />;
  };
}

export const movedMetadata: Metadata = {
  title: 'This page has moved',
  robots: { index: false },
};

export function Moved({ to }: { to: string }) {
  const target = sitePath(to);
  const follow =
    `var to=${JSON.stringify(target)}+location.search+location.hash;` +
    `document.getElementById('moved-link').href=to;location.replace(to);`;
  return (
    <div>
      <noscript>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
      </noscript>
      <h1>This page has moved</h1>
      <p>
        It is now at{' '}
        <a id="moved-link" href={target}>
          {to}
        </a>
        .
      </p>
      <script dangerouslySetInnerHTML={{ __html: follow }} />
    </div>
  );
}
