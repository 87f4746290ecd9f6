'use client';
/**
 * Check any history: paste it or open a file (Lightcone's JSON format or a Jepsen log).
 * A malformed history gets every problem listed, naming the line or operation; the page
 * never breaks.
 */
import { useState } from 'react';
import { useHistoryCheck } from '@/components/player/useHistoryCheck';
import { CheckStatus } from '@/components/viz/history/CheckStatus';
import { HistoryView } from '@/components/viz/history/HistoryView';
import { Notice } from '../Notice';
import styles from '../widgets.module.css';

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

/** Text longer than this is checked but not copied into the text box, which would crawl. */
const TEXT_BOX_CHARS_MAX = 200_000;

function describeSize(chars: number): string {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.ceil(chars / 1e3)} kB`;
}

export function HistoryChecker() {
  const [text, setText] = useState('');
  const [opened, setOpened] = useState<string | null>(null);
  const check = useHistoryCheck();
  const load = (source: string) => {
    setText(source);
    setOpened(null);
    check.submit(source);
  };
  /** The old verdict goes as soon as a file is chosen, before it has been read. */
  const open = (file: File) => {
    setText('');
    setOpened(null);
    const reading = file.text();
    check.submit(reading);
    void reading.then(
      (source) => {
        if (source.length <= TEXT_BOX_CHARS_MAX) setText(source);
        else setOpened(`${file.name} (${describeSize(source.length)})`);
      },
      () => undefined,
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
        placeholder={opened ? `Checking ${opened}. Paste here to check another history.` : ''}
      />
      <div className={styles.requestButtons}>
        <button type="button" onClick={() => load(text)} disabled={text.trim() === ''}>
          Check history
        </button>
        <button type="button" onClick={() => load(EXAMPLE)}>
          Load a stale-read example
        </button>
        <label className={styles.fileLabel}>
          Open a history file
          <input
            type="file"
            accept=".json,.log,.txt,application/json,text/plain"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) open(file);
            }}
          />
        </label>
      </div>
      {opened && <p className={styles.muted}>Opened {opened}.</p>}
      <Notice title="This history could not be read" messages={check.errors} />
      {!check.history && check.state.status !== 'idle' && (
        <CheckStatus
          state={check.state}
          count={null}
          onCancel={check.cancel}
          onRetry={check.retry}
        />
      )}
      {check.history && check.history.ops.length > 0 && (
        <HistoryView history={check.history} check={check} title="Checked history" micros={false} />
      )}
    </section>
  );
}
