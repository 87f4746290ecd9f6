import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { lessonSlugs, loadLesson } from '@/content';
import styles from '../../site.module.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSlugs.map((slug) => ({ slug }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string }>;
}): Promise<Metadata> {
  const lesson = await loadLesson((await params).slug);
  return lesson
    ? { title: lesson.frontmatter.title, description: lesson.frontmatter.description }
    : {};
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const lesson = await loadLesson((await params).slug);
  if (!lesson) notFound();
  const Body = lesson.default;
  return (
    <article className={styles.prose}>
      <p className={styles.eyebrow}>Lesson · {lesson.frontmatter.concept}</p>
      <h1>{lesson.frontmatter.title}</h1>
      <Body />
    </article>
  );
}
