/**
 * `/glossary/`: every term the lessons use, with a short definition and an anchor, and
 * the lessons that link to it.
 */
import Link from 'next/link';
import type { Metadata } from 'next';
import { lessonSource, listLessons } from '@/content';
import { glossary } from '@/content/glossary';
import { glossaryUse } from '@/content/glossaryLinks';
import site from '../site.module.css';
import styles from './glossary.module.css';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Short definitions of the words the Lightcone lessons use.',
};

/** For each term, the lessons that link to it, in reading order. */
function lessonsLinking(): Map<string, { slug: string; title: string }[]> {
  const map = new Map<string, { slug: string; title: string }[]>();
  for (const lesson of listLessons())
    for (const link of glossaryUse(lessonSource(lesson.slug)).links)
      map.set(link.id, [...(map.get(link.id) ?? []), { slug: lesson.slug, title: lesson.title }]);
  return map;
}

export default function GlossaryPage() {
  const entries = [...glossary].sort((a, b) =>
    a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
  );
  const terms = new Map(glossary.map((entry) => [entry.id, entry.term]));
  const linking = lessonsLinking();
  return (
    <article className={site.prose}>
      <h1>Glossary</h1>
      <p className={site.lead}>
        The words the lessons use, each in a sentence or two. A dotted underline in a lesson links
        here.
      </p>
      <dl className={styles.list}>
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className={styles.entry}>
            <dt className={styles.term}>{entry.term}</dt>
            <dd className={styles.definition}>
              <p>{entry.definition}</p>
              {entry.related && entry.related.length > 0 && (
                <p className={styles.more}>
                  See also:{' '}
                  {entry.related.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <a href={`#${id}`}>{terms.get(id) ?? id}</a>
                    </span>
                  ))}
                </p>
              )}
              {linking.has(entry.id) && (
                <p className={styles.more}>
                  In the lessons:{' '}
                  {linking.get(entry.id)!.map((lesson, index) => (
                    <span key={lesson.slug}>
                      {index > 0 && ', '}
                      <Link href={`/learn/${lesson.slug}/`}>{lesson.title}</Link>
                    </span>
                  ))}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
