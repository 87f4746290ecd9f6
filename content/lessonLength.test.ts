/**
 * Each lesson reads in about six minutes: 1,100 to 1,500 words of prose, counting what
 * the reader reads between the widgets (the explanations included, and each prediction's
 * question, choices and reasons) but not frontmatter, widget captions or markers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonSlugs } from '.';
import { lessonBody } from './frontmatter';
import { scanMdx } from './prose';
import { countWords, readingTime } from './readingTime';

export const MIN_WORDS = 1100;
export const MAX_WORDS = 1500;

/**
 * ░░ NOT YET TRIMMED ░░ Lessons still being rewritten to the predict, run, explain
 * pattern. Remove a slug here once its lesson is within bounds, every widget that plays
 * has an `until`, and every prompt has its reasons and deciding moment (the checks
 * below); the set ends empty.
 */
const notYetTrimmed = new Set<string>();

/** The quoted strings of a tag's attribute, e.g. each of `choices={['a', "b"]}`. Pure. */
function strings(tagSource: string, attribute: string): string[] | null {
  const value = new RegExp(`\\b${attribute}=(\\{[\\s\\S]*?\\]\\}|"[^"]*")`).exec(tagSource);
  if (!value) return null;
  return [...value[1]!.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map(
    (quoted) => quoted[1] ?? quoted[2] ?? '',
  );
}

const openingTags = (source: string) =>
  scanMdx(lessonBody(source)).tags.filter((tag) => !tag.closing);

/** The text of a prediction's `question`, `choices` and `reasons`. Pure. */
export function predictionText(source: string): string {
  return openingTags(source)
    .filter((tag) => tag.name === 'Predict')
    .flatMap((tag) =>
      ['question', 'choices', 'reasons'].flatMap((a) => strings(tag.source, a) ?? []),
    )
    .join(' ');
}

/** Widgets with a run to play, which must end. */
const PLAYERS = new Set([
  'ClusterWidget',
  'SpaceTimeWidget',
  'QuorumWidget',
  'HarvestRun',
  'HarvestSideBySide',
  'CapSideBySide',
  'TimeoutSideBySide',
]);

/** Words of reading in a lesson. Pure. */
export function lessonWords(source: string): number {
  return readingTime(source).words + countWords(predictionText(source));
}

const read = (slug: string) => readFileSync(join(process.cwd(), 'content', `${slug}.mdx`), 'utf8');

describe('lesson length', () => {
  it('counts the prediction prompts, not captions', () => {
    const source = `---\ntitle: T\n---\nOne two.\n<Predict question="Three four?" choices={['five', "six seven"]} answer={0} reasons={[null, 'eight']} marker="not counted">\n<W caption="not counted" />\n<Explain>nine</Explain>\n</Predict>`;
    expect(lessonWords(source)).toBe(9);
  });

  for (const slug of lessonSlugs) {
    it.skipIf(notYetTrimmed.has(slug))(`${slug} has ${MIN_WORDS}–${MAX_WORDS} words`, () => {
      const words = lessonWords(read(slug));
      expect(words, `${slug}: ${words} words`).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words, `${slug}: ${words} words`).toBeLessThanOrEqual(MAX_WORDS);
    });
  }

  for (const slug of lessonSlugs) {
    it.skipIf(notYetTrimmed.has(slug))(`${slug}: widgets end; prompts give reasons`, () => {
      const tags = openingTags(read(slug));
      for (const tag of tags.filter((t) => PLAYERS.has(t.name)))
        expect(tag.source, `${slug}: a widget with no until`).toMatch(/\buntil="/);
      const prompts = tags.filter((tag) => tag.name === 'Predict');
      expect(prompts.length, slug).toBeGreaterThan(0);
      for (const prompt of prompts) {
        const choices = strings(prompt.source, 'choices') ?? [];
        const reasons = strings(prompt.source, 'reasons') ?? [];
        // One reason per wrong choice (the answer's is null).
        expect(reasons.length, `${slug}: ${prompt.source.slice(0, 80)}`).toBe(choices.length - 1);
      }
    });
  }

  it('lists only lessons that exist as not yet trimmed', () => {
    for (const slug of notYetTrimmed) expect(lessonSlugs).toContain(slug);
  });
});
