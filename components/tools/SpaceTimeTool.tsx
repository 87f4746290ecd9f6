'use client';
/**
 * The /tools/space-time page body: open a ShiViz log (GoVector or ShiVector output),
 * by paste or by file, and explore it as a space-time diagram with light cones and
 * clocks. Every parse error is listed by line; nothing the reader types can crash it.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { StaticSpaceTime } from '@/components/viz/spacetime/StaticSpaceTime';
import { GOVECTOR_REGEX, parseShiViz, type ParseShiVizResult } from '@/sim/formats/shiviz';
import { EXAMPLE_LOG } from './exampleLog';
import { shivizErrorText } from './shivizErrorText';
import styles from './tools.module.css';

interface Rendered {
  /** Goes up with every render, so the diagram starts afresh for a new log. */
  readonly run: number;
  readonly result: ParseShiVizResult;
}

export function SpaceTimeTool() {
  const ids = { log: useId(), file: useId(), regex: useId(), delimiter: useId(), run: useId() };
  const [text, setText] = useState('');
  const [regex, setRegex] = useState(GOVECTOR_REGEX);
  const [delimiter, setDelimiter] = useState('');
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [execution, setExecution] = useState(0);

  const render = (log: string) => {
    const result: ParseShiVizResult =
      log.trim() === ''
        ? { ok: false, errors: [{ line: 0, field: 'log', message: 'Paste a log or open a file.' }] }
        : parseShiViz(log, { regex, delimiter });
    setRendered((previous) => ({ run: (previous?.run ?? 0) + 1, result }));
    setExecution(0);
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const content = await file.text();
      setText(content);
      render(content);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const message = `Could not read ${file.name}: ${reason}`;
      setRendered((previous) => ({
        run: (previous?.run ?? 0) + 1,
        result: { ok: false, errors: [{ line: 0, field: 'log', message }] },
      }));
    }
  };

  const result = rendered?.result ?? null;
  const executions = result?.ok ? result.executions : [];
  const shown = executions[Math.min(execution, executions.length - 1)];

  return (
    <div className={styles.tool}>
      <form
        className={styles.form}
        aria-label="Open a ShiViz log"
        onSubmit={(event) => {
          event.preventDefault();
          render(text);
        }}
      >
        <div className={styles.field}>
          <label htmlFor={ids.log}>Log</label>
          <textarea
            id={ids.log}
            value={text}
            spellCheck={false}
            onChange={(event) => setText(event.target.value)}
            placeholder={'client {"client":1}\nStart'}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.file}>Open a log file</label>
          <input id={ids.file} type="file" accept=".log,.txt,text/plain" onChange={openFile} />
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.regex}>Regular expression</label>
          <input
            id={ids.regex}
            type="text"
            value={regex}
            spellCheck={false}
            onChange={(event) => setRegex(event.target.value)}
          />
          <p className={styles.help}>
            Named groups <code>host</code>, <code>clock</code> and <code>event</code> pick out each
            entry. A log whose first line is a regex (as GoVector writes it) uses its own.
          </p>
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.delimiter}>Execution delimiter</label>
          <input
            id={ids.delimiter}
            type="text"
            value={delimiter}
            spellCheck={false}
            placeholder="optional, e.g. ^=== (?<trace>.*) ===$"
            onChange={(event) => setDelimiter(event.target.value)}
          />
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.primary}>
            Render
          </button>
          <button
            type="button"

            onClick={() => {
              setText(EXAMPLE_LOG);
              render(EXAMPLE_LOG);
            }}
          >
            Load example
          </button>
        </div>
      </form>

      {result !== null && !result.ok && (
        <div className={styles.errors} role="alert">
          <p>
            The log could not be read ({result.errors.length}{' '}
            {result.errors.length === 1 ? 'problem' : 'problems'}):
          </p>
          <ul>
            {result.errors.map((error, index) => (
              <li key={index}>{shivizErrorText(error)}</li>
            ))}
          </ul>
        </div>
      )}

      {rendered !== null && shown !== undefined && (
        <section aria-label="Diagram" className={styles.tool}>
          {executions.length > 1 && (
            <div className={styles.field}>
              <label htmlFor={ids.run}>Execution</label>
              <select
                id={ids.run}
                value={execution}
                onChange={(event) => setExecution(Number(event.target.value))}
              >
                {executions.map((log, index) => (
                  <option key={index} value={index}>
                    {log.label === '' ? `Execution ${index + 1}` : log.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          {/* The diagram itself says how many lanes, events and messages it shows. */}
          <p className={styles.summary} role="status">
            {executions.length > 1
              ? `Execution ${execution + 1} of ${executions.length} rendered.`
              : 'Log rendered.'}
          </p>
          <StaticSpaceTime
            key={`${rendered.run}:${execution}`}
            graph={shown.graph}
            label={shown.label === '' ? 'Imported log' : `Imported log: ${shown.label}`}
          />
        </section>
      )}
    </div>
  );
}
