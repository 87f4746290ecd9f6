/**
 * The lessons, in reading order. Each lesson is an MDX file here whose frontmatter gives
 * its title, description and order, and has its own route, `app/(site)/learn/<slug>/`,
 * which hands the MDX the widgets it uses: a route ships the code of every widget its
 * modules import, so one route per lesson keeps each lesson to its own widgets.
 *
 * This module reads frontmatter from the files, on the server at build time, without
 * importing the MDX: the home page lists every lesson and loads no widget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { readFrontmatter } from './frontmatter';
import { lessonHeadings, type Heading } from './prose';
import { readingTime, type ReadingTime } from './readingTime';

export interface LessonMeta {
  readonly title: string;
  readonly description: string;
  readonly order: number;
  readonly concept: string;
  /**
   * What the reader will be able to do afterwards, one sentence each, shown at the top
   * of the lesson. Optional, so a lesson can be drafted before they are written.
   */
  readonly objectives?: readonly string[];
}

/** An imported lesson: `import * as lesson from '@/content/<slug>.mdx'`. */
export interface LessonModule {
  readonly default: ComponentType<{ components?: MDXComponents }>;
  readonly frontmatter: LessonMeta;
}

export const lessonSlugs = [
  'failure-detection',
  'light-cones',
  'cap',
  'quorums',
  'harvest-yield',
] as const;

/** A lesson's MDX source, read at build time. */
export function lessonSource(slug: string): string {
  return readFileSync(join(process.cwd(), 'content', `${slug}.mdx`), 'utf8');
}

/** A lesson's frontmatter, checked. Throws (failing the build) if a field is missing. */
export function readLessonMeta(slug: string): LessonMeta {
  const fields = readFrontmatter(lessonSource(slug));
  const text = (key: string) => {
    const value = fields[key];
    if (typeof value !== 'string') throw new Error(`content/${slug}.mdx: "${key}" must be text`);
    return value;
  };
  const order = fields.order;
  if (typeof order !== 'number') throw new Error(`content/${slug}.mdx: "order" must be a number`);
  const objectives = fields.objectives;
  if (
    objectives !== undefined &&
    !(
      Array.isArray(objectives) &&
      objectives.length > 0 &&
      objectives.every((item) => typeof item === 'string' && item.trim() !== '')
    )
  )
    throw new Error(`content/${slug}.mdx: "objectives" must be a list of sentences`);
  return {
    title: text('title'),
    description: text('description'),
    order,
    concept: text('concept'),
    ...(objectives ? { objectives: objectives as string[] } : {}),
  };
}

/** Every lesson's metadata, sorted by order. */
export function listLessons(): (LessonMeta & { slug: string })[] {
  return lessonSlugs
    .map((slug) => ({ slug, ...readLessonMeta(slug) }))
    .sort((a, b) => a.order - b.order);
}

export interface LessonLink {
  readonly slug: string;
  readonly title: string;
}

/** What a lesson page shows around the MDX: contents, time, neighbours in reading order. */
export interface LessonOutline {
  readonly slug: string;
  readonly headings: readonly Heading[];
  readonly time: ReadingTime;
  readonly previous: LessonLink | null;
  readonly next: LessonLink | null;
}

/** The outline of the lesson titled `title` (lesson titles are unique). */
export function lessonOutline(title: string): LessonOutline {
  const lessons = listLessons();
  const index = lessons.findIndex((lesson) => lesson.title === title);
  if (index < 0) throw new Error(`no lesson in content/index.ts is titled "${title}"`);
  const link = (at: number): LessonLink | null => {
    const lesson = lessons[at];
    return lesson ? { slug: lesson.slug, title: lesson.title } : null;
  };
  const { slug } = lessons[index]!;
  const source = lessonSource(slug);
  return {
    slug,
    headings: lessonHeadings(source),
    time: readingTime(source),
    previous: link(index - 1),
    next: link(index + 1),
  };
}
