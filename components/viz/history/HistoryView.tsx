'use client';
/**
 * The history view: client operations as bars on a timeline, one row per client, from
 * invocation to completion. Timed-out operations are open-ended. Beside it, the
 * linearizability verdict; for a violation, the operations that cannot be ordered are
 * highlighted and the reason is given in one sentence.
 */
import { useMemo } from 'react';
import type { History, Verdict } from '@/sim/checkers/linearizability';
import { describeTime } from '@/sim/core/time';
import { layoutHistory } from './historyLayout';
import styles from './history.module.css';

const WIDTH = 720;
const ROW = 30;
const LABEL = 44;

interface Props {
  readonly history: History;
  /** null while the checker is working. */
  readonly verdict: Verdict | null;
  readonly title: string;
  /** Where open operations end (the current time); defaults to the last return. */
  readonly until?: number;
  /** Times are virtual microseconds (true) or the history's own units (false). */
  readonly micros?: boolean;
}

export function verdictText(verdict: Verdict | null, count: number): string {
  if (count === 0) return 'No operations yet.';
  if (verdict === null) return 'Checking…';
  if (verdict.linearizable === true) return `Linearizable: all ${count} operations fit one order.`;
  if (verdict.linearizable === 'unknown') return `Could not decide: ${verdict.reason}`;
  return `Not linearizable. ${verdict.explanation}`;
}

export function HistoryView({ history, verdict, title, until, micros = true }: Props) {
  const layout = useMemo(() => layoutHistory(history, WIDTH - LABEL, until), [history, until]);
  const highlighted = new Set(verdict && verdict.linearizable === false ? verdict.ops : []);
  const height = Math.max(1, layout.processes.length) * ROW + 8;
  const time = (t: number | null) => (t === null ? 'never' : micros ? describeTime(t) : String(t));
  const status = verdict === null ? 'pending' : String(verdict.linearizable);
  return (
    <section className={styles.history} aria-label={title}>
      <p className={styles.verdict} data-verdict={status} role="status">
        {verdictText(verdict, history.ops.length)}
      </p>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={styles.svg}
        role="img"
        aria-label={`${title}: ${history.ops.length} operations`}
      >
        {layout.processes.map((process, row) => (
          <text key={process} x={0} y={row * ROW + ROW / 2 + 4} className={styles.rowLabel}>
            c{process}
          </text>
        ))}
        <g transform={`translate(${LABEL},4)`}>
          {layout.bars.map((bar) => (
            <g
              key={bar.index}
              className={styles.op}
              data-status={bar.op.status}
              data-highlight={highlighted.has(bar.index) || undefined}
            >
              <rect
                x={bar.x1}
                y={bar.row * ROW + 3}
                width={bar.x2 - bar.x1}
                height={ROW - 10}
                rx={4}
              />
              {bar.x2 - bar.x1 > 34 && (
                <text x={bar.x1 + 4} y={bar.row * ROW + ROW / 2 + 2}>
                  {bar.label}
                </text>
              )}
            </g>
          ))}
        </g>
      </svg>
      <details className={styles.table}>
        <summary>Operations as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Operation</th>
              <th scope="col">Called</th>
              <th scope="col">Returned</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {layout.bars.map((bar) => (
              <tr key={bar.index} data-highlight={highlighted.has(bar.index) || undefined}>
                <td>c{bar.op.process}</td>
                <td>{bar.label}</td>
                <td>{time(bar.op.call)}</td>
                <td>{time(bar.op.return)}</td>
                <td>
                  {bar.op.status}
                  {highlighted.has(bar.index) ? ' (cannot be ordered)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
