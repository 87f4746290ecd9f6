import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './frontmatter';
import { lessonSlugs, listLessons, readLessonMeta } from '.';

describe('frontmatter', () => {
  it('reads plain, quoted and numeric values', () => {
    const source = [
      '---',
      "title: 'CAP: it''s a choice'",
      'description: "A \\"quoted\\" word"',
      'order: 3',
      'concept: Light cones',
      '---',
      'Body',
    ].join('\n');
    expect(readFrontmatter(source)).toEqual({
      title: "CAP: it's a choice",
      description: 'A "quoted" word',
      order: 3,
      concept: 'Light cones',
    });
  });

  it('refuses YAML it does not understand instead of misreading it', () => {
    const wrap = (line: string) => `---\n${line}\n---\n`;
    expect(() => readFrontmatter('# no frontmatter')).toThrow(/no frontmatter/);
    expect(() => readFrontmatter(wrap('title: a: b'))).toThrow(/only plain/);
    expect(() => readFrontmatter(wrap('tags: [a, b]'))).toThrow(/only plain/);
    expect(() => readFrontmatter(wrap("title: 'open"))).toThrow(/unclosed/);
    expect(() => readFrontmatter(wrap('  nested: value'))).toThrow(/not understood/);
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
