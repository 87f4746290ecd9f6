'use client';
/**
 * The "always broken" calculator: how often is at least one of n machines down? The
 * arithmetic and the input checks live in `alwaysBroken.ts`; this file only wires them
 * to two labelled inputs and a live result.
 *
 * The inputs are text fields with an input mode rather than type="number": a number
 * field reports "abc" or "1e" as an empty value, which would hide the reader's mistake
 * behind a generic message. Here every bad value gets its own sentence.
 */
import { useId, useState } from 'react';
import {
  MACHINES_MAX,
  MACHINES_MIN,
  atLeastOneDown,
  describeAtLeastOneDown,
  formatNumber,
  formatPercent,
  parseDownPercent,
  parseMachines,
  type Parsed,
} from './alwaysBroken';
import styles from './lesson.module.css';

export interface AlwaysBrokenProps {
  /** Starting number of machines. */
  readonly machines?: number;
  /** Starting chance that one machine is down, in percent. */
  readonly downPercent?: number;
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly parsed: Parsed<number>;
  readonly inputMode: 'numeric' | 'decimal';
  readonly unit?: string;
  readonly onChange: (value: string) => void;
}

function Field({ id, label, hint, value, parsed, inputMode, unit, onChange }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <span className={styles.inputRow}>
        <input
          id={id}
          className={styles.input}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={!parsed.ok}
          aria-describedby={parsed.ok ? hintId : `${errorId} ${hintId}`}
          onChange={(event) => onChange(event.target.value)}
        />
        {unit && <span aria-hidden="true">{unit}</span>}
      </span>
      {!parsed.ok && (
        <p className={styles.error} id={errorId}>
          {parsed.message}
        </p>
      )}
      <span className={styles.hint} id={hintId}>
        {hint}
      </span>
    </div>
  );
}

export function AlwaysBroken({ machines = 1000, downPercent = 0.1 }: AlwaysBrokenProps) {
  const id = useId();
  const [machinesText, setMachinesText] = useState(String(machines));
  const [percentText, setPercentText] = useState(String(downPercent));
  const parsedMachines = parseMachines(machinesText);
  const parsedPercent = parseDownPercent(percentText);
  const machinesId = `${id}-machines`;
  const percentId = `${id}-percent`;

  let figure = '–';
  let reading: string;
  if (parsedMachines.ok && parsedPercent.ok) {
    figure = formatPercent(atLeastOneDown(parsedMachines.value, parsedPercent.value / 100));
    reading = describeAtLeastOneDown(parsedMachines.value, parsedPercent.value);
  } else {
    const problem = !parsedMachines.ok ? parsedMachines : parsedPercent;
    reading = problem.ok ? '' : `No result yet. ${problem.message}`;
  }

  return (
    <section className={styles.box} aria-labelledby={`${id}-title`}>
      <p className={styles.kicker} id={`${id}-title`}>
        How often is something down?
      </p>
      <div className={styles.fields}>
        <Field
          id={machinesId}
          label="Number of machines (n)"
          hint={`A whole number, ${formatNumber(MACHINES_MIN)} to ${formatNumber(MACHINES_MAX)}.`}
          value={machinesText}
          parsed={parsedMachines}
          inputMode="numeric"
          onChange={setMachinesText}
        />
        <Field
          id={percentId}
          label="Chance one machine is down (p, in %)"
          hint="A percentage, such as 0.1 (about 9 hours a year) or 2.5."
          value={percentText}
          parsed={parsedPercent}
          inputMode="decimal"
          unit="%"
          onChange={setPercentText}
        />
      </div>
      <p className={`${styles.hint} ${styles.formula}`}>
        P(at least one down) = 1 − (1 − p)<sup>n</sup>, if machines fail independently
      </p>
      <output className={styles.result} htmlFor={`${machinesId} ${percentId}`} aria-live="polite">
        {/* The reading repeats the figure in words, so assistive tech hears it once. */}
        <span className={styles.figure} aria-hidden="true">
          {figure}
        </span>
        <span className={styles.reading}>{reading}</span>
      </output>
    </section>
  );
}
