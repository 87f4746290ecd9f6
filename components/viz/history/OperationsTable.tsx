'use client';
/**
 * The operations as a table, a page at a time: a history can hold 100,000 operations,
 * and a table that size would freeze the page. It opens on the page holding the first
 * operation that cannot be ordered, if there is one. Keyboard: the summary, then the
 * page buttons.
 */
import { useState } from 'react';
import type { OpBar } from './historyLayout';
import { clientName } from '@/sim/checkers/linearizability';
import styles from './history.module.css';

export const PAGE_ROWS = 100;

interface Props {
  readonly bars: readonly OpBar[];
  readonly highlighted: ReadonlySet<number>;
  readonly time: (t: number | null) => string;
}

export function OperationsTable({ bars, highlighted, time }: Props) {
  const pages = Math.max(1, Math.ceil(bars.length / PAGE_ROWS));
  const firstHighlighted = bars.findIndex((bar) => highlighted.has(bar.index));
  const [chosen, setPage] = useState<number | null>(null);
  const page = Math.min(
    pages - 1,
    chosen ?? (firstHighlighted > 0 ? Math.floor(firstHighlighted / PAGE_ROWS) : 0),
  );
  const shown = bars.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS);
  const from = page * PAGE_ROWS + 1;
  const to = page * PAGE_ROWS + shown.length;
  return (
    <details className={styles.table}>
      <summary>Operations as a table</summary>
      {pages > 1 && (
        <div className={styles.controls} role="group" aria-label="Table pages">
          <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
            Previous {PAGE_ROWS}
          </button>
          <span>
            Operations {from}–{to} of {bars.length}
          </span>
          <button type="button" onClick={() => setPage(page + 1)} disabled={page === pages - 1}>
            Next {PAGE_ROWS}
          </button>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Client</th>
            <th scope="col">Operation</th>
            <th scope="col">Called</th>
            <th scope="col">Returned</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((bar) => (
            <tr key={bar.index} data-highlight={highlighted.has(bar.index) || undefined}>
              <td>{bar.index}</td>
              <td>{clientName(bar.op.process)}</td>
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
  );
}
