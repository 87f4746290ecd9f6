'use client';
/**
 * One parameter as a form control, derived from its schema: a slider for numbers and
 * durations, a picker for choices. The value is committed when the user lets go (or on
 * Enter / blur), so dragging a slider issues one change, not dozens.
 */
import { useState } from 'react';
import { describeTime, formatParam, type ParamDef, type ParamValue } from '@/sim/core';
import styles from './controls.module.css';

/** Past this many values, an int gets a number box beside its slider. */
const WIDE_INT_RANGE = 20;

/** A number box for a wide int range: type the number, then Enter (or leave the box). */
function ExactInt({
  label,
  min,
  max,
  value,
  onCommit,
}: {
  label: string;
  min: number;
  max: number;
  value: number;
  onCommit: (value: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const commit = () => {
    const typed = Number(text);
    if (text.trim() === '' || !Number.isInteger(typed)) return setText(String(value));
    const clamped = Math.min(max, Math.max(min, typed));
    setText(String(clamped));
    onCommit(clamped);
  };
  return (
    <input
      type="number"
      className={styles.exact}
      aria-label={`${label}, exact number`}
      min={min}
      max={max}
      step={1}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      onBlur={commit}
    />
  );
}

interface Props {
  readonly name: string;
  readonly def: ParamDef;
  readonly value: ParamValue;
  readonly onCommit: (value: ParamValue) => void;
}

function display(def: ParamDef, value: ParamValue): string {
  switch (def.kind) {
    case 'duration':
      return describeTime(Number(value));
    case 'probability':
      return `${Math.round(Number(value) * 100)}%`;
    default:
      return formatParam(def, value);
  }
}

export function ParamField({ name, def, value, onCommit }: Props) {
  const [draft, setDraft] = useState<ParamValue | null>(null);
  const shown = draft ?? value;
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const id = `param-${name}`;
  if (def.kind === 'choice') {
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{def.label}</label>
        <select
          id={id}
          value={String(value)}
          onChange={(event) => onCommit(event.currentTarget.value)}
        >
          {def.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  // Durations slide over milliseconds; the schema holds microseconds.
  const scale = def.kind === 'duration' ? 1000 : 1;
  const step =
    def.kind === 'probability'
      ? def.step
      : def.kind === 'duration'
        ? def.max - def.min > 2_000_000
          ? 50
          : 10
        : 1;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{def.label}</label>
      <input
        id={id}
        type="range"
        min={def.min / scale}
        max={def.max / scale}
        step={step}
        value={Number(shown) / scale}
        aria-valuetext={display(def, shown)}
        aria-describedby={def.help ? `${id}-help` : undefined}
        onChange={(event) => setDraft(Number(event.currentTarget.value) * scale)}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
      {def.kind === 'int' && def.max - def.min > WIDE_INT_RANGE ? (
        <ExactInt
          key={String(shown)}
          label={def.label}
          min={def.min}
          max={def.max}
          value={Number(shown)}
          onCommit={(typed) => {
            setDraft(null);
            if (typed !== value) onCommit(typed);
          }}
        />
      ) : (
        <output htmlFor={id}>{display(def, shown)}</output>
      )}
      {def.help && (
        <small id={`${id}-help`} className={styles.muted}>
          {def.help}
        </small>
      )}
    </div>
  );
}
