'use client';
/**
 * A predict-then-run prompt: the reader commits to an answer before the widget below it
 * shows what really happens. Committing first is the point: students who predict the
 * outcome of a demonstration learn more from it than those who only watch (Crouch et al.,
 * "Classroom demonstrations: learning tools or entertainment?", Am. J. Phys. 72, 2004).
 * So the explanation stays out of the DOM until the prediction is locked in.
 *
 * Real form controls only: a fieldset of radios, a submit button, and a polite live
 * region for the verdict. Focus moves to "Try again" after locking in (the lock button
 * disappears) and back to the first choice after trying again, so keyboard users never
 * lose their place.
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { recordPrediction, useLessonSlug } from '../progress/useProgress';
import styles from './lesson.module.css';

export interface PredictProps {
  /** The question; it becomes the fieldset's legend. */
  readonly question: string;
  /** The possible answers, in display order. At least two. */
  readonly choices: readonly string[];
  /** Index into `choices` of the right answer. */
  readonly answer: number;
  /** The explanation, revealed once the reader has committed to a prediction. */
  readonly children?: ReactNode;
}

/** Fails the static build on an authoring mistake, rather than shipping a broken prompt. */
function checkProps({ question, choices, answer }: PredictProps): void {
  if (choices.length < 2)
    throw new Error(`<Predict question="${question}">: give at least two choices`);
  if (!Number.isInteger(answer) || answer < 0 || answer >= choices.length)
    throw new Error(
      `<Predict question="${question}">: answer=${answer} is not an index into its ${choices.length} choices (counting from 0)`,
    );
}

export function Predict(props: PredictProps) {
  checkProps(props);
  const { question, choices, answer, children } = props;
  const id = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const [locked, setLocked] = useState(false);
  const tryAgainRef = useRef<HTMLButtonElement>(null);
  const firstChoiceRef = useRef<HTMLInputElement>(null);
  const lesson = useLessonSlug();

  function lockIn(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (selected === null || locked) return;
    // Render synchronously so the button we focus exists.
    flushSync(() => setLocked(true));
    tryAgainRef.current?.focus();
    // Kept in this browser only (components/progress).
    if (lesson) recordPrediction(lesson, question);
  }

  function tryAgain(): void {
    flushSync(() => {
      setLocked(false);
      setSelected(null);
    });
    firstChoiceRef.current?.focus();
  }

  const right = selected === answer;
  return (
    <form className={styles.box} onSubmit={lockIn}>
      <p className={styles.kicker}>Predict</p>
      <fieldset className={styles.fieldset} disabled={locked}>
        <legend className={styles.legend}>{question}</legend>
        <ul className={styles.choices}>
          {choices.map((choice, index) => (
            <li key={index}>
              <label className={styles.choice}>
                <input
                  ref={index === 0 ? firstChoiceRef : undefined}
                  type="radio"
                  name={`${id}-choice`}
                  value={index}
                  checked={selected === index}
                  onChange={() => setSelected(index)}
                />
                <span>
                  {choice}
                  {locked && index === answer && <span className={styles.tag}>the answer</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={styles.feedback} aria-live="polite">
        {locked && selected !== null && (
          <>
            <p className={`${styles.verdict} ${right ? styles.right : styles.wrong}`}>
              {right
                ? 'You called it.'
                : `Not quite. You picked “${choices[selected]}”; the answer is “${choices[answer]}”.`}
            </p>
            <div className={styles.explanation}>{children}</div>
          </>
        )}
      </div>
      <div className={styles.actions}>
        {locked ? (
          <button
            ref={tryAgainRef}
            type="button"
            className={`${styles.button} ${styles.buttonQuiet}`}
            onClick={tryAgain}
          >
            Try again
          </button>
        ) : (
          <button type="submit" className={styles.button} disabled={selected === null}>
            Lock in my prediction
          </button>
        )}
      </div>
    </form>
  );
}
