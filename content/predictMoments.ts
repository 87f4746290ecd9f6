/**
 * The deciding moments a lesson's <Predict> prompts pause at, read from its MDX, so a
 * lesson test can check that at each moment the deciding fact is already true in the
 * simulation. Pure.
 */
import { type Micros, parseDuration } from '@/sim/core';
import { lessonBody } from './frontmatter';
import { scanMdx } from './prose';

export interface PredictMoment {
  /** The prompt's question. */
  readonly question: string;
  /** `pauseAt` in microseconds, or null when the prompt has none. */
  readonly pauseAt: Micros | null;
  readonly marker: string | null;
}

function attribute(source: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(source)?.[1] ?? null;
}

/** Every <Predict> of a lesson, in order, with its deciding moment. */
export function predictMoments(mdx: string): PredictMoment[] {
  return scanMdx(lessonBody(mdx))
    .tags.filter((tag) => tag.name === 'Predict' && !tag.closing)
    .map((tag) => {
      const pauseAt = attribute(tag.source, 'pauseAt');
      return {
        question: attribute(tag.source, 'question') ?? '',
        pauseAt: pauseAt === null ? null : parseDuration(pauseAt),
        marker: attribute(tag.source, 'marker'),
      };
    });
}
