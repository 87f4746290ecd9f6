'use client';
/**
 * Check any history: paste it or open a file (Lightcone's JSON format or a Jepsen log).
 * A malformed history gets every problem listed, naming the line or operation; the page
 * never breaks.
 */
import { useState } from 'react';
import { parseHistory, type History } from '@/sim/checkers/linearizability';
import { useVerdict } from '@/components/player/useVerdict';
import { HistoryView } from '@/components/viz/history/HistoryView';
import { Notice } from '../Notice';
import styles from '../widgets.module.css';

const EMPTY: History = { model: 'register', init: null, ops: [] };

const EXAMPLE = JSON.stringify(
  {
    model: 'register',
    init: 0,
    ops: [
      { process: 1, key: 'x', f: 'write', value: 1, call: 0, return: 10, status: 'ok' },
      { process: 2, key: 'x', f: 'read', value: 0, call: 15, return: 20, status: 'ok' },
    ],
  },
  null,
  1,
);

export function HistoryChecker() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ history: History; errors: readonly string[] }>({
    history: EMPTY,
    errors: [],
  });
  const verdict = useVerdict(result.history);
  const check = (source: string) => {
    const parsed = parseHistory(source);
    setResult(
      parsed.ok
        ? { history: parsed.history, errors: [] }
        : { history: EMPTY, errors: parsed.errors },
    );
  };
  return (
    <section className={styles.checker} aria-labelledby="checker-heading">
      <h3 id="checker-heading">Check a history</h3>
      <p className={styles.muted}>
        Paste a history as JSON or a Jepsen log, or open a file. It is checked here, in your
        browser.
      </p>
      <label htmlFor="history-text">History</label>
      <textarea
        id="history-text"
        rows={6}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        spellCheck={false}
      />
      <div className={styles.requestButtons}>
        <button type="button" onClick={() => check(text)} disabled={text.trim() === ''}>
          Check history
        </button>
        <button
          type="button"
          onClick={() => {
            setText(EXAMPLE);
            check(EXAMPLE);
          }}
        >
          Load a stale-read example
        </button>
        <label className={styles.fileLabel}>
          Open a history file
          <input
            type="file"
            accept=".json,.log,.txt,application/json,text/plain"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              if (!file) return;
              const content = await file.text();
              setText(content);
              check(content);
            }}
          />
        </label>
      </div>
      <Notice title="This history could not be read" messages={result.errors} />
      {result.history.ops.length > 0 && (
        <HistoryView
          history={result.history}
          verdict={verdict}
          title="Checked history"
          micros={false}
        />
      )}
    </section>
  );
}
