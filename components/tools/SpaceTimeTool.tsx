'use client';
/**
 * The /tools/space-time page body: open a ShiViz log (GoVector or ShiVector output),
 * by paste or by file, and explore it as a space-time diagram with light cones and
 * clocks. The log is parsed in a Web Worker with a progress line, and a regular
 * expression that runs away is stopped. Every parse error is listed by line, and the
 * lines the regex skipped are counted; nothing the reader types can crash it.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { StaticSpaceTime } from '@/components/viz/spacetime/StaticSpaceTime';
import { GOVECTOR_REGEX, type ParseShiVizResult } from '@/sim/formats/shiviz';
import { EXAMPLE_LOG } from './exampleLog';
import { ParseErrors, ParseProgressLine, skippedCount, SkippedLines } from './ParseNotices';
import { useLogParser } from './useLogParser';
import styles from './tools.module.css';

interface Rendered {
  /** Goes up with every render, so the diagram starts afresh for a new log. */
  readonly run: number;
  /** Null while a new parse runs. */
  readonly result: ParseShiVizResult | null;
}

export function SpaceTimeTool() {
  const ids = {
    log: useId(),
    file: useId(),
    regex: useId(),
    delimiter: useId(),
    strict: useId(),
    run: useId(),
  };
  const [text, setText] = useState('');
  const [regex, setRegex] = useState(GOVECTOR_REGEX);
  const [delimiter, setDelimiter] = useState('');
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [strict, setStrict] = useState(false);
  const [execution, setExecution] = useState(0);

  const show = (result: ParseShiVizResult) => {
    setRendered((previous) => ({ run: (previous?.run ?? 0) + 1, result }));
    setExecution(0);
  };
  const { parsing, parse, cancel } = useLogParser(show);

  const render = (log: string) => {
    if (log.trim() === '') {
      cancel();
      show({
        ok: false,
        errors: [{ line: 0, field: 'log', message: 'Paste a log or open a file.' }],
      });
      return;
    }
    // The old diagram or errors belong to the old text: nothing is shown until the new parse ends.
    setRendered((previous) => (previous === null ? null : { ...previous, result: null }));
    parse(log, { regex, delimiter, strict });
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
      show({ ok: false, errors: [{ line: 0, field: 'log', message }] });
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
        <div className={styles.check}>
          <input
            id={ids.strict}
            type="checkbox"
            checked={strict}
            onChange={(event) => setStrict(event.target.checked)}
          />
          <label htmlFor={ids.strict}>Treat skipped lines as errors</label>
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

      {parsing !== null && <ParseProgressLine parsing={parsing} onCancel={cancel} />}
      {result !== null && !result.ok && <ParseErrors result={result} />}

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
            {result?.ok && result.skipped.count > 0 && ` ${skippedCount(result.skipped)}`}
          </p>
          {result?.ok && <SkippedLines skipped={result.skipped} />}
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
