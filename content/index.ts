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

export interface LessonMeta {
  readonly title: string;
  readonly description: string;
  readonly order: number;
  readonly concept: string;
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

/** A lesson's frontmatter, checked. Throws (failing the build) if a field is missing. */
export function readLessonMeta(slug: string): LessonMeta {
  const fields = readFrontmatter(
    readFileSync(join(process.cwd(), 'content', `${slug}.mdx`), 'utf8'),
  );
  const text = (key: string) => {
    const value = fields[key];
    if (typeof value !== 'string') throw new Error(`content/${slug}.mdx: "${key}" must be text`);
    return value;
  };
  const order = fields.order;
  if (typeof order !== 'number') throw new Error(`content/${slug}.mdx: "order" must be a number`);
  return {
    title: text('title'),
    description: text('description'),
    order,
    concept: text('concept'),
  };
}

/** Every lesson's metadata, sorted by order. */
export function listLessons(): (LessonMeta & { slug: string })[] {
  return lessonSlugs
    .map((slug) => ({ slug, ...readLessonMeta(slug) }))
    .sort((a, b) => a.order - b.order);
}
