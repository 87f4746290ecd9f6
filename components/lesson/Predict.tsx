'use client';
/**
 * A predict-then-run prompt: the reader commits to an answer, runs the widget inside the
 * prompt to the moment that decides it, and only then reads why. Committing first is the
 * point: students who predict the outcome of a demonstration learn more from it than
 * those who only watch (Crouch et al., "Classroom demonstrations: learning tools or
 * entertainment?", Am. J. Phys. 72, 2004). So the explanation stays out of the DOM until
 * the run has reached the deciding moment (predictGate.ts); see PREDICT.md.
 *
 * Real form controls only: a fieldset of radios and a submit button. After locking in,
 * focus moves to the widget's Play (or, with no widget, to "Try again"); after trying
 * again, back to the first choice, so keyboard users never lose their place.
 */
import {
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { describeTime } from '@/sim/core';
import { recordPrediction, useLessonSlug } from '../progress/useProgress';
import { Explain } from './Explain';
import { PredictContext, type PredictContextValue } from './PredictContext';
import { PredictGate, type GateState } from './predictGate';
import { checkPredictProps, type PredictProps } from './predictProps';
import styles from './lesson.module.css';

export type { PredictProps };

/** What the status line says, by phase. Pure. */
export function gateStatus(state: GateState, moment: number | null, marker: string): string {
  if (state.runs === 0 || state.phase === 'choosing') return '';
  if (state.phase === 'running')
    return moment === null
      ? 'Locked in. Now run the widget below.'
      : `Locked in. Now press Play: the run pauses at ${describeTime(moment)}, the moment that decides it.`;
  if (moment === null || state.reachedAt === null) return '';
  const at = describeTime(moment);
  return state.reachedAt > moment
    ? `Past the deciding moment, ${at}: ${marker}.`
    : `Paused at ${at}: ${marker}.`;
}

/**
 * The prompt in the browser. `oldStyle`: the children are the explanation itself (no
 * widget, no <Explain>), opened as soon as the choice is locked. See Predict in
 * PredictEntry.tsx, which MDX uses.
 */
export function PredictPrompt(props: PredictProps & { readonly oldStyle: boolean }) {
  const pauseAt = checkPredictProps(props);
  const { question, choices, answer, children } = props;
  const id = useId();
  const [gate] = useState(() => new PredictGate(pauseAt));
  const state = useSyncExternalStore(gate.subscribe, gate.getState, gate.getState);
  const tryAgainRef = useRef<HTMLButtonElement>(null);
  const firstChoiceRef = useRef<HTMLInputElement>(null);
  const plays = useRef(new Set<HTMLButtonElement>());
  const lesson = useLessonSlug();

  const playRef = useCallback((button: HTMLButtonElement | null) => {
    if (!button) return;
    plays.current.add(button);
    return () => void plays.current.delete(button);
  }, []);

  const marker = props.marker ?? 'the deciding moment';
  const reasons = props.reasons;
  const context = useMemo<PredictContextValue>(
    () => ({ gate, state, choices, answer, reasons: reasons ?? [], marker, playRef }),
    [gate, state, choices, answer, reasons, marker, playRef],
  );

  function lockIn(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    // Render synchronously so the control we focus is enabled.
    let locked = false;
    flushSync(() => (locked = gate.lock()));
    if (!locked) return;
    const play = [...plays.current].find((button) => button.isConnected && !button.disabled);
    (gate.getState().phase === 'running' && play ? play : tryAgainRef.current)?.focus();
    // Kept in this browser only (components/progress).
    if (lesson) recordPrediction(lesson, question);
  }

  function tryAgain(): void {
    flushSync(() => gate.retry());
    firstChoiceRef.current?.focus();
  }

  const firstRun = gate.pauseAt;
  const status = gateStatus(state, firstRun ?? null, marker);
  const locked = state.phase !== 'choosing';
  return (
    <PredictContext.Provider value={context}>
      <section className={`${styles.box} ${styles.predict}`} aria-label={`Predict: ${question}`}>
        <form onSubmit={lockIn}>
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
                      checked={state.selected === index}
                      onChange={() => gate.select(index)}
                    />
                    <span>
                      {choice}
                      {state.phase === 'decided' && index === answer && (
                        <span className={styles.tag}>the answer</span>
                      )}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
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
              <button type="submit" className={styles.button} disabled={state.selected === null}>
                Lock in my prediction
              </button>
            )}
            {!locked && state.runs > 0 && (
              <p className={styles.hint}>Lock in a prediction, then run the widget below.</p>
            )}
          </div>
        </form>
        <p role="status" className={styles.status}>
          {status}
        </p>
        {props.oldStyle ? <Explain>{children}</Explain> : children}
      </section>
    </PredictContext.Provider>
  );
}
