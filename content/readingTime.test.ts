import { describe, expect, it } from 'vitest';
import { lessonSlugs } from '.';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  countWords,
  MINUTES_PER_PREDICTION,
  MINUTES_PER_WIDGET,
  readingTime,
  WORDS_PER_MINUTE,
} from './readingTime';

const lesson = (body: string) => `---\ntitle: T\n---\n${body}`;
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('readingTime', () => {
  it('counts words, not punctuation, markup or link targets', () => {
    expect(countWords('A — b, c. 1 − p')).toBe(5);
    const time = readingTime(
      lesson(
        'One **two** [three](/learn/x/) <sup>4</sup>\n<Aside title="Not counted">five</Aside>',
      ),
    );
    expect(time).toEqual({ words: 5, widgets: 0, predictions: 0, minutes: 1 });
  });

  it('adds time for each widget and each prediction, and rounds up', () => {
    const body = [
      words(WORDS_PER_MINUTE * 2),
      '<Predict question="q" choices={["a", "b"]} answer={0}>',
      '<ClusterWidget scenario="x" />',
      `<Explain>${words(10)}</Explain>`,
      '</Predict>',
      '<CapSideBySide ap="ap-lww" />',
    ].join('\n');
    const time = readingTime(lesson(body));
    expect(time.words).toBe(WORDS_PER_MINUTE * 2 + 10);
    expect(time.widgets).toBe(2);
    expect(time.predictions).toBe(1);
    expect(time.minutes).toBe(
      Math.ceil(2 + 10 / WORDS_PER_MINUTE + 2 * MINUTES_PER_WIDGET + MINUTES_PER_PREDICTION),
    );
  });

  it('gives every lesson between 5 and 30 minutes', () => {
    for (const slug of lessonSlugs) {
      const source = readFileSync(join(process.cwd(), 'content', `${slug}.mdx`), 'utf8');
      const { minutes, words: count } = readingTime(source);
      expect(count, slug).toBeGreaterThan(300);
      expect(minutes, slug).toBeGreaterThanOrEqual(5);
      expect(minutes, slug).toBeLessThanOrEqual(30);
    }
  });
});
