/**
 * A lesson's estimated time: its words at an adult's silent reading speed, plus time to
 * think at each prediction and to run and watch each live widget, rounded up to whole
 * minutes. 238 words a minute is the mean for non-fiction found by Brysbaert's
 * meta-analysis ("How many words do we read per minute?", J. Memory and Language 109,
 * 2019); we use 230 because lesson prose is technical. The allowances are our guesses
 * for a first pass through a widget. Pure.
 */
import { lessonBody } from './frontmatter';
import { scanMdx } from './prose';

export const WORDS_PER_MINUTE = 230;
/** Minutes for each live widget or calculator: start it, watch it to the deciding moment. */
export const MINUTES_PER_WIDGET = 1;
/** Minutes for each prediction: read the choices and commit to one. */
export const MINUTES_PER_PREDICTION = 0.5;

/** Tags that are prose furniture, not something to run. */
const FURNITURE = new Set(['Aside', 'Term', 'Predict', 'Explain']);

export interface ReadingTime {
  readonly words: number;
  readonly widgets: number;
  readonly predictions: number;
  readonly minutes: number;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingTime(source: string): ReadingTime {
  const { prose, tags } = scanMdx(lessonBody(source));
  const opening = tags.filter((tag) => !tag.closing && /^[A-Z]/.test(tag.name));
  const widgets = opening.filter((tag) => !FURNITURE.has(tag.name)).length;
  const predictions = opening.filter((tag) => tag.name === 'Predict').length;
  const words = countWords(prose.replace(/\]\([^)]*\)/g, ']'));
  const minutes = Math.max(
    1,
    Math.ceil(
      words / WORDS_PER_MINUTE +
        widgets * MINUTES_PER_WIDGET +
        predictions * MINUTES_PER_PREDICTION,
    ),
  );
  return { words, widgets, predictions, minutes };
}
