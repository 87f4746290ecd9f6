/**
 * The lessons, in reading order. Each lesson is an MDX file here whose frontmatter gives
 * its title, description and order; this list only says how to load it.
 */
import type { ComponentType } from 'react';

export interface LessonMeta {
  readonly title: string;
  readonly description: string;
  readonly order: number;
  readonly concept: string;
}

export interface LessonModule {
  readonly default: ComponentType;
  readonly frontmatter: LessonMeta;
}

const loaders: Record<string, () => Promise<LessonModule>> = {
  'failure-detection': () => import('./failure-detection.mdx') as Promise<LessonModule>,
  'light-cones': () => import('./light-cones.mdx') as Promise<LessonModule>,
  cap: () => import('./cap.mdx') as Promise<LessonModule>,
};

export const lessonSlugs = Object.keys(loaders);

export async function loadLesson(slug: string): Promise<LessonModule | undefined> {
  return Object.hasOwn(loaders, slug) ? loaders[slug]!() : undefined;
}

/** Every lesson's metadata, sorted by order. */
export async function listLessons(): Promise<(LessonMeta & { slug: string })[]> {
  const lessons = await Promise.all(
    lessonSlugs.map(async (slug) => ({ slug, ...(await loadLesson(slug))!.frontmatter })),
  );
  return lessons.sort((a, b) => a.order - b.order);
}
