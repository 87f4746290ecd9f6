'use client';
/**
 * The verdict line of a history view, and the check's controls: while checking, a
 * progress bar and a Cancel button; after a cancel or a failure, "Check again". A
 * growing history re-checked after each new operation keeps its last verdict on show
 * instead, so a running simulation does not flicker. The
 * sentence is a polite live region; the progress bar sits outside it, so its updates
 * are not read out.
 */
import type { VerdictState } from '@/components/player/verdictState';
import { verdictStatus, verdictText } from './verdictText';
import styles from './history.module.css';

interface Props {
  readonly state: VerdictState;
  /** Operations in the history; null while it is being read. */
  readonly count: number | null;
  readonly onCancel: () => void;
  readonly onRetry: () => void;
}

export function CheckStatus({ state, count, onCancel, onRetry }: Props) {
  const progress = state.status === 'checking' ? state.progress : null;
  return (
    <div className={styles.status}>
      <p className={styles.verdict} data-verdict={verdictStatus(state)} role="status">
        {verdictText(state, count)}
      </p>
      {state.status === 'checking' && !state.previous && count !== 0 && (
        <div className={styles.controls}>
          <progress aria-label="Checking progress" max={progress?.total} value={progress?.done} />
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {(state.status === 'cancelled' || state.status === 'failed') && count !== 0 && (
        <div className={styles.controls}>
          <button type="button" onClick={onRetry}>
            Check again
          </button>
        </div>
      )}
    </div>
  );
}
