/**
 * The props of <Predict>, and the check that fails the static build on an authoring
 * mistake rather than shipping a broken prompt.
 */
import type { ReactNode } from 'react';
import { type Micros, parseDuration } from '@/sim/core';

export interface PredictProps {
  /** The question; it becomes the fieldset's legend. */
  readonly question: string;
  /** The possible answers, in display order. At least two. */
  readonly choices: readonly string[];
  /** Index into `choices` of the right answer. */
  readonly answer: number;
  /**
   * Why each wrong choice is wrong, by index; null (or anything) for the answer. Shown to
   * a learner who picked that choice, before the explanation.
   */
  readonly reasons?: readonly (string | null)[];
  /** The deciding moment, e.g. "4.6s": the widget inside pauses there and the explanation opens. */
  readonly pauseAt?: string;
  /** What happens at `pauseAt`, marked on the widget's timeline, e.g. "n1 suspects n3". */
  readonly marker?: string;
  /** The widget to run and an <Explain>; or, with no widget, the explanation itself. */
  readonly children?: ReactNode;
}

/** Throws on a prompt that cannot work; returns `pauseAt` in microseconds, or null. Pure. */
export function checkPredictProps({
  question,
  choices,
  answer,
  reasons,
  pauseAt,
}: PredictProps): Micros | null {
  const where = `<Predict question="${question}">`;
  if (choices.length < 2) throw new Error(`${where}: give at least two choices`);
  if (!Number.isInteger(answer) || answer < 0 || answer >= choices.length)
    throw new Error(
      `${where}: answer=${answer} is not an index into its ${choices.length} choices (counting from 0)`,
    );
  if (reasons !== undefined && reasons.length !== choices.length)
    throw new Error(
      `${where}: give one reason per choice (${choices.length}), null for the answer; got ${reasons.length}`,
    );
  if (pauseAt === undefined) return null;
  const at = parseDuration(pauseAt);
  if (at === null) throw new Error(`${where}: pauseAt="${pauseAt}" is not a time such as "4.6s"`);
  return at;
}
