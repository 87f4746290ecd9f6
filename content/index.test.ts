import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './frontmatter';
import { lessonOutline, lessonSlugs, listLessons, readLessonMeta } from '.';

describe('frontmatter', () => {
  it('reads YAML: plain, quoted and numeric values and lists', () => {
    const source = [
      '---',
      "title: 'CAP: it''s a choice'",
      'description: "A \\"quoted\\" word"',
      'order: 3',
      'concept: Light cones',
      'objectives:',
      '  - Cut a network',
      '  - "Read: a clock"',
      '---',
      'Body',
    ].join('\n');
    expect(readFrontmatter(source)).toEqual({
      title: "CAP: it's a choice",
      description: 'A "quoted" word',
      order: 3,
      concept: 'Light cones',
      objectives: ['Cut a network', 'Read: a clock'],
    });
  });

  it('refuses what is not a YAML mapping instead of misreading it', () => {
    const wrap = (line: string) => `---\n${line}\n---\n`;
    expect(() => readFrontmatter('# no frontmatter')).toThrow(/no frontmatter/);
    expect(() => readFrontmatter(wrap('title: a: b'))).toThrow(/not valid YAML/);
    expect(() => readFrontmatter(wrap("title: 'open"))).toThrow(/not valid YAML/);
    expect(() => readFrontmatter(wrap('title: a\ntitle: b'))).toThrow(/unique/);
    expect(() => readFrontmatter(wrap('- a\n- b'))).toThrow(/mapping/);
  });

  it('checks objectives: a list of sentences, and optional', () => {
    for (const lesson of listLessons()) {
      if (lesson.objectives === undefined) continue;
      expect(lesson.objectives.length, lesson.slug).toBeGreaterThan(0);
      for (const objective of lesson.objectives)
        expect(objective, lesson.slug).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('lists the lessons that have no objectives yet', () => {
    const missing = listLessons()
      .filter((lesson) => !lesson.objectives)
      .map((lesson) => lesson.slug);
    if (missing.length > 0) console.warn(`Lessons without objectives: ${missing.join(', ')}`);
    // The lessons published before objectives existed all have them now.
    for (const slug of ['failure-detection', 'light-cones', 'cap'])
      expect(missing, `${slug} lost its objectives`).not.toContain(slug);
  });

  it('gives each lesson its neighbours in reading order', () => {
    const lessons = listLessons();
    lessons.forEach((lesson, index) => {
      const outline = lessonOutline(lesson.title);
      expect(outline.slug).toBe(lesson.slug);
      expect(outline.previous?.slug).toBe(lessons[index - 1]?.slug);
      expect(outline.next?.slug).toBe(lessons[index + 1]?.slug);
      expect(outline.headings.length, lesson.slug).toBeGreaterThan(1);
    });
    expect(new Set(lessons.map((lesson) => lesson.title)).size).toBe(lessons.length);
    expect(() => lessonOutline('No such lesson')).toThrow(/no lesson/);
  });

  it('gives every lesson a title, description, order and concept', () => {
    for (const slug of lessonSlugs) expect(() => readLessonMeta(slug), slug).not.toThrow();
    const orders = listLessons().map((lesson) => lesson.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('has one route per lesson, and one lesson per MDX file', () => {
    const routes = join(process.cwd(), 'app', '(site)', 'learn');
    const folders = readdirSync(routes, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...lessonSlugs].sort());
    for (const slug of lessonSlugs)
      expect(existsSync(join(routes, slug, 'page.tsx')), slug).toBe(true);
    const files = readdirSync(join(process.cwd(), 'content')).filter((name) =>
      name.endsWith('.mdx'),
    );
    expect(files.map((name) => name.replace(/\.mdx$/, '')).sort()).toEqual([...lessonSlugs].sort());
  });
});
