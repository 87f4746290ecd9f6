/**
 * The manifests against the files: every concept has its lesson, scenario, sandbox and
 * embed, each route imports the modules its manifest names, and nothing in `app/`,
 * `content/` or `sim/scenarios/` is left out of a manifest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formerScenarioIds, scenarios } from '@/sim/scenarios';
import { lessonSlugs, readLessonMeta } from '@/content';
import { embedPathFor } from '@/components/widgets/embedPath';
import { concepts, formerIds } from '.';

const ROOT = process.cwd();
const ids = concepts.map((concept) => concept.id).sort();
/** Route folders that are not one concept's page: the redirects from former ids. */
const REDIRECTS = '[former]';

function folders(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** What `file` imports, as paths from the root without extensions. */
function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/from\s+'@\/([^']+)'/g)].map((match) => match[1]!);
}

const withoutExtension = (path: string) => path.replace(/\.(tsx?|mdx)$/, '');

describe('concept manifests', () => {
  it('give each concept one kebab-case id, and former ids that lead to one concept', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const former = concepts.flatMap((concept) => concept.formerIds);
    expect(new Set(former).size).toBe(former.length);
    for (const id of former) expect(ids, id).not.toContain(id);
  });

  it.each(concepts.map((concept) => [concept.id, concept] as const))(
    '%s: its lesson, scenario and widget modules exist, under its id',
    (id, concept) => {
      expect(concept.lesson.mdx).toBe(`content/${id}.mdx`);
      expect(concept.scenario).toBe(`sim/scenarios/${id}/`);
      for (const file of [
        concept.lesson.mdx,
        concept.lesson.widgets,
        concept.sandbox.widget,
        concept.embed.widget,
        join(concept.scenario, 'scenario.ts'),
      ])
        expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(scenarios[id]?.id).toBe(id);
      expect(readLessonMeta(id).concept).toBe(concept.title);
    },
  );

  it.each(concepts.map((concept) => [concept.id, concept] as const))(
    '%s: each route imports what the manifest names',
    (id, concept) => {
      const learn = imports(`app/(site)/learn/${id}/page.tsx`);
      expect(learn).toContain(`content/${id}.mdx`);
      expect(learn).toContain(withoutExtension(concept.lesson.widgets));
      expect(imports(`app/(site)/play/${id}/page.tsx`)).toContain(
        withoutExtension(concept.sandbox.widget),
      );
      expect(imports(`app/embed/${id}/page.tsx`)).toContain(withoutExtension(concept.embed.widget));
      expect(embedPathFor(concept.scenario.split('/')[2]!)).toBe(`/embed/${id}/`);
    },
  );

  it.each([
    ['app/(site)/learn', []],
    ['app/(site)/play', [REDIRECTS]],
    ['app/embed', [REDIRECTS]],
  ] as const)('%s has a folder per concept and no other', (dir, others) => {
    expect(folders(dir)).toEqual([...ids, ...others].sort());
  });

  it('lists every lesson, and content/ holds no lesson without a concept', () => {
    expect([...lessonSlugs].sort()).toEqual(ids);
    const mdx = readdirSync(join(ROOT, 'content')).filter((name) => name.endsWith('.mdx'));
    expect(mdx.map((name) => name.slice(0, -'.mdx'.length)).sort()).toEqual(ids);
  });

  it('lists every scenario, and sim/scenarios holds no scenario without a concept', () => {
    expect(Object.keys(scenarios).sort()).toEqual(ids);
    expect(folders('sim/scenarios')).toEqual(ids);
  });

  it('gives the command line the same former ids', () => {
    expect(formerScenarioIds).toEqual(Object.fromEntries(formerIds));
  });
});
