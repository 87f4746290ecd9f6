'use client';
/**
 * The /tools/pbs page body: the Probabilistically Bounded Staleness calculator. Its
 * inputs live in the URL (read once when the page opens, written on every calculation),
 * it calculates in a Web Worker with progress and cancel, and it keeps the last result on
 * screen while a new one runs. Bad input, from the URL or the form, is named in a notice
 * and replaced by a safe default.
 */
import { useCallback, useEffect, useState } from 'react';
import { Notice } from '@/components/widgets/Notice';
import { tradeoffTrials } from '@/sim/pbs/calculate';
import {
  formatPbsInput,
  parsePbsInput,
  PBS_DEFAULTS,
  type ParsedPbsInput,
} from '@/sim/pbs/pbsInput';
import { PbsForm, type PbsFormText } from './PbsForm';
import { PbsResults } from './PbsResults';
import { TradeoffTable } from './TradeoffTable';
import { readPbsQuery, writePbsQuery } from './pbsUrl';
import { resultSentence } from './pbsText';
import { usePbsRun } from './usePbsRun';
import tools from '../tools.module.css';
import styles from './pbs.module.css';

function problemsText({ input, problems }: ParsedPbsInput): string[] {
  const used = formatPbsInput(input);
  return problems.map((problem) => `${problem.message}; using ${used[problem.arg]}.`);
}

export function PbsCalculator() {
  const [text, setText] = useState<PbsFormText>(() => formatPbsInput(PBS_DEFAULTS));
  const [notices, setNotices] = useState<string[]>([]);
  const { state, last, run, cancel } = usePbsRun();

  const calculate = useCallback(
    (parsed: ParsedPbsInput) => {
      setNotices(problemsText(parsed));
      setText(formatPbsInput(parsed.input));
      const query = `?${writePbsQuery(parsed.input)}`;
      if (window.location.search !== query)
        window.history.replaceState(window.history.state, '', query);
      run(parsed.input);
    },
    [run],
  );

  // The URL is read on the client, once (`calculate` never changes): the page is static.
  useEffect(() => {
    calculate(readPbsQuery(window.location.search));
  }, [calculate]);

  const running = state.status === 'running';
  const status =
    state.status === 'running'
      ? `Calculating… ${Math.round(state.fraction * 100)} %`
      : state.status === 'cancelled'
        ? 'Cancelled. The last result stays below.'
        : state.status === 'error'
          ? `The calculation failed: ${state.message}`
          : '';

  return (
    <div className={tools.tool}>
      <Notice title="Some inputs could not be used" messages={notices} />
      <PbsForm
        text={text}
        running={running}
        onChange={setText}
        onSubmit={() => calculate(parsePbsInput(text))}
        onCancel={cancel}
      />
      <div className={styles.status}>
        {running && <progress value={state.fraction} max={1} aria-label="Calculation progress" />}
        <p role="status" aria-live="polite">
          {/* Only the start and the end are spoken: progress ticks would flood a screen reader. */}
          {running ? 'Calculating…' : status}
          {state.status === 'done' && (
            <>
              Done: {state.result.trials.toLocaleString('en-US')} trials.
              {/* The result's sentence is shown below; here it is only spoken. */}
              <span className="visually-hidden"> {resultSentence(state.input, state.result)}</span>
            </>
          )}
        </p>
      </div>
      {last && (
        <>
          <PbsResults input={last.input} result={last.result} />
          <TradeoffTable
            n={last.input.n}
            rows={last.table}
            chosen={last.input}
            cellTrials={tradeoffTrials(last.input.n, last.input.trials)}
          />
        </>
      )}
    </div>
  );
}
