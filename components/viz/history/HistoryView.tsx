'use client';
/**
 * The history view: client operations as bars on a timeline, one row per client, from
 * invocation to completion. Timed-out operations are open-ended. Above it, the
 * linearizability verdict with the check's progress and controls; for a violation, the
 * operations that cannot be ordered are highlighted and the reason is given in one
 * sentence. Sized for 100,000 operations: bars on a canvas past a few thousand, the
 * table a page at a time.
 */
import { useMemo } from 'react';
import type { VerdictControl } from '@/components/player/useVerdict';
import type { History } from '@/sim/checkers/linearizability';
import { describeTime } from '@/sim/core';
import { CheckStatus } from './CheckStatus';
import { highlightedOps } from './verdictText';
import { HistoryBars, LABEL, WIDTH } from './HistoryBars';
import { layoutHistory } from './historyLayout';
import { OperationsTable } from './OperationsTable';
import styles from './history.module.css';

interface Props {
  readonly history: History;
  readonly check: VerdictControl;
  readonly title: string;
  /** Where open operations end (the current time); defaults to the last return. */
  readonly until?: number;
  /** Times are virtual microseconds (true) or the history's own units (false). */
  readonly micros?: boolean;
}

export function HistoryView({ history, check, title, until, micros = true }: Props) {
  const layout = useMemo(() => layoutHistory(history, WIDTH - LABEL, until), [history, until]);
  const ops = highlightedOps(check.state);
  const highlighted = useMemo(() => new Set(ops), [ops]);
  const time = (t: number | null) => (t === null ? 'never' : micros ? describeTime(t) : String(t));
  const count = history.ops.length;
  const clients = layout.processes.length;
  const summary =
    `${title}: ${count} operations by ${clients} ${clients === 1 ? 'client' : 'clients'}` +
    (count > 0 ? `, from ${time(layout.start)} to ${time(layout.end)}` : '');
  return (
    <section className={styles.history} aria-label={title}>
      <CheckStatus
        state={check.state}
        count={count}
        onCancel={check.cancel}
        onRetry={check.retry}
      />
      <HistoryBars layout={layout} highlighted={highlighted} label={summary} />
      <OperationsTable bars={layout.bars} highlighted={highlighted} time={time} />
    </section>
  );
}
