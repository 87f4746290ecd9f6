/**
 * The shell of every `/learn/<slug>/` page. Each lesson has its own route folder and
 * hands its MDX the live widgets it uses, so its page loads only those (content/index.ts).
 * Around the MDX: what the lesson teaches, how long it takes, a contents list, and the
 * previous and next lessons in reading order.
 */
import Link from 'next/link';
import type { Metadata } from 'next';
import type { MDXComponents } from 'mdx/types';
import { lessonOutline, type LessonModule } from '@/content';
import { LessonEnd, LessonScope } from '@/components/progress/LessonProgress';
import { LessonChallenges } from '@/components/challenges/LessonChallenges';
import styles from '../site.module.css';
import page from './lessonPage.module.css';
import { H2, H3 } from './headings';

/** The imported MDX module, typed: MDX's own types know only its default export. */
export function asLesson(module: unknown): LessonModule {
  return module as LessonModule;
}

export function lessonMetadata(lesson: LessonModule): Metadata {
  return { title: lesson.frontmatter.title, description: lesson.frontmatter.description };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function LessonPage({ lesson, widgets }: { lesson: LessonModule; widgets: MDXComponents }) {
  const Body = lesson.default;
  const { title, concept, objectives } = lesson.frontmatter;
  const outline = lessonOutline(title);
  const { time } = outline;
  return (
    <article className={styles.prose}>
      <p className={styles.eyebrow}>Lesson · {concept}</p>
      <h1>{title}</h1>
      <p className={page.time}>
        <strong>About {time.minutes} minutes</strong>: {time.words.toLocaleString('en-GB')} words,{' '}
        {plural(time.widgets, 'live widget', 'live widgets')} to try,{' '}
        {plural(time.predictions, 'prediction', 'predictions')} to make.
      </p>
      <div className={page.intro}>
        {objectives && objectives.length > 0 && (
          <section aria-labelledby="lesson-objectives" className={page.box}>
            <h2 id="lesson-objectives">By the end you can</h2>
            <ul>
              {objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
        )}
        <nav aria-labelledby="lesson-contents" className={page.box}>
          <h2 id="lesson-contents">Contents</h2>
          <ol>
            {outline.headings.map((heading) => (
              <li key={heading.id} className={heading.depth === 3 ? page.sub : undefined}>
                <a href={`#${heading.id}`}>{heading.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      </div>
      <LessonScope slug={outline.slug}>
        <Body components={{ h2: H2, h3: H3, ...widgets }} />
      </LessonScope>
      <LessonChallenges slug={outline.slug} />
      <LessonEnd slug={outline.slug} />
      <nav aria-label="Previous and next lessons" className={page.pager}>
        {outline.previous && (
          <Link href={`/learn/${outline.previous.slug}/`} rel="prev" className={page.previous}>
            <span className={page.label}>Previous lesson</span> {outline.previous.title}
          </Link>
        )}
        {outline.next && (
          <Link href={`/learn/${outline.next.slug}/`} rel="next" className={page.next}>
            <span className={page.label}>Next lesson</span> {outline.next.title}
          </Link>
        )}
      </nav>
    </article>
  );
}
