'use client';
/**
 * The home page's record of what this browser has done: lessons read, predictions made,
 * challenges solved, and a button to clear it all, which asks first.
 */
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import buttons from '../lesson/lesson.module.css';
import styles from './progress.module.css';
import { clearProgress, useProgress } from './useProgress';

export interface LessonTally {
  readonly slug: string;
  /** How many predictions the lesson asks for. */
  readonly predictions: number;
  /** The ids of the challenges the lesson sets. */
  readonly challenges?: readonly string[];
}

export function ProgressSummary({ lessons }: { lessons: readonly LessonTally[] }) {
  const { progress, persistent } = useProgress();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  const read = lessons.filter((lesson) => progress.read.includes(lesson.slug)).length;
  const predictions = lessons.reduce((sum, lesson) => sum + lesson.predictions, 0);
  const made = lessons.reduce(
    (sum, lesson) =>
      sum + Math.min(lesson.predictions, progress.predictions[lesson.slug]?.length ?? 0),
    0,
  );
  const challengeIds = lessons.flatMap((lesson) => lesson.challenges ?? []);
  const solved = challengeIds.filter((id) => progress.challenges.includes(id)).length;

  function ask(): void {
    flushSync(() => {
      setConfirming(true);
      setMessage('');
    });
    cancelButton.current?.focus();
  }

  function answer(clear: boolean): void {
    if (clear) clearProgress();
    flushSync(() => {
      setConfirming(false);
      setMessage(clear ? 'Your progress is cleared.' : '');
    });
    clearButton.current?.focus();
  }

  return (
    <section aria-labelledby="your-progress" className={styles.summary}>
      <h2 id="your-progress">Your progress</h2>
      <p>
        <strong>
          {read} of {lessons.length} lessons read
        </strong>
        , {made} of {predictions} predictions made
        {challengeIds.length > 0 && (
          <>
            , {solved} of {challengeIds.length} challenges solved
          </>
        )}
        .{' '}
        {persistent
          ? 'Kept in this browser only; nothing is sent anywhere.'
          : 'This browser is not letting the site keep data, so it will be forgotten when you leave.'}
      </p>
      {confirming ? (
        <div role="group" aria-labelledby={questionId} className={styles.confirm}>
          <p id={questionId}>
            Forget which lessons you have read, which predictions you made and which challenges you
            solved, in this browser?
          </p>
          <button type="button" className={buttons.button} onClick={() => answer(true)}>
            Yes, clear my progress
          </button>
          <button
            ref={cancelButton}
            type="button"
            className={`${buttons.button} ${buttons.buttonQuiet}`}
            onClick={() => answer(false)}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={clearButton}
          type="button"
          className={`${buttons.button} ${buttons.buttonQuiet}`}
          onClick={ask}
        >
          Clear my progress
        </button>
      )}
      <p aria-live="polite" className={styles.status}>
        {message}
      </p>
    </section>
  );
}

/** "Read" on a lesson card, once this browser has read that lesson. */
export function ReadBadge({ slug }: { slug: string }) {
  const { progress } = useProgress();
  if (!progress.read.includes(slug)) return null;
  return <div className={styles.badge}>Read</div>;
}
