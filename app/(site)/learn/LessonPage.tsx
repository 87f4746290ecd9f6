/**
 * The shell of every `/learn/<slug>/` page. Each lesson has its own route folder and
 * hands its MDX the live widgets it uses, so its page loads only those (content/index.ts).
 */
import type { Metadata } from 'next';
import type { MDXComponents } from 'mdx/types';
import type { LessonModule } from '@/content';
import styles from '../site.module.css';

/** The imported MDX module, typed: MDX's own types know only its default export. */
export function asLesson(module: unknown): LessonModule {
  return module as LessonModule;
}

export function lessonMetadata(lesson: LessonModule): Metadata {
  return { title: lesson.frontmatter.title, description: lesson.frontmatter.description };
}

export function LessonPage({ lesson, widgets }: { lesson: LessonModule; widgets: MDXComponents }) {
  const Body = lesson.default;
  return (
    <article className={styles.prose}>
      <p className={styles.eyebrow}>Lesson · {lesson.frontmatter.concept}</p>
      <h1>{lesson.frontmatter.title}</h1>
      <Body components={widgets} />
    </article>
  );
}
