'use client';
/**
 * The explanation of a <Predict>, written inside it after the widget:
 *
 *   <Predict …><ClusterWidget … /><Explain>Why …</Explain></Predict>
 *
 * It stays out of the DOM until the prediction is decided (the run reached the deciding
 * moment), then says whether the guess was right, why the learner's own wrong choice is
 * wrong, and the explanation. A polite live region, always rendered, announces it.
 */
import { useContext, type ReactNode } from 'react';
import { PredictContext } from './PredictContext';
import styles from './lesson.module.css';

export function Explain({ children }: { children?: ReactNode }) {
  const context = useContext(PredictContext);
  if (!context) return <div className={styles.explanation}>{children}</div>;
  const { state, choices, answer, reasons } = context;
  const selected = state.selected;
  const open = state.phase === 'decided' && selected !== null;
  const right = selected === answer;
  const reason = open && !right ? reasons[selected] : null;
  return (
    <div className={styles.feedback} aria-live="polite">
      {open && (
        <>
          <p className={`${styles.verdict} ${right ? styles.right : styles.wrong}`}>
            {right
              ? 'You called it.'
              : `Not quite. You picked “${choices[selected]}”; the answer is “${choices[answer]}”.`}
          </p>
          {reason && <p className={styles.reason}>{reason}</p>}
          <div className={styles.explanation}>{children}</div>
        </>
      )}
    </div>
  );
}
