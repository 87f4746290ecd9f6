'use client';
/**
 * The scenario's parameters and seed. A live parameter changes the running cluster (a
 * `param` command in the log); the others, and the seed, start a new run.
 */
import { memo, useState } from 'react';
import { type ParamSchema, type ParamValue, type ParamValues, SEED_MAX } from '@/sim/core';
import { ParamField } from './ParamField';
import styles from './controls.module.css';

interface Props {
  readonly schema: ParamSchema;
  readonly values: ParamValues;
  readonly seed: number;
  readonly onLiveChange: (name: string, value: ParamValue) => void;
  readonly onRestart: (params: ParamValues, seed: number) => void;
}

/**
 * Memoised: the sandbox re-renders on every coarse snapshot (ten times a second while
 * playing), and these fields change only when a parameter does.
 */
export const ParamsPanel = memo(function ParamsPanel({
  schema,
  values,
  seed,
  onLiveChange,
  onRestart,
}: Props) {
  const [seedText, setSeedText] = useState(String(seed));
  const seedValid = /^\d+$/.test(seedText) && Number(seedText) <= SEED_MAX;
  return (
    <section className={styles.panel} aria-labelledby="params-heading">
      <h3 id="params-heading">Parameters</h3>
      {Object.entries(schema).map(([name, def]) => (
        <ParamField
          key={name}
          name={name}
          def={def}
          value={values[name] ?? def.default}
          onCommit={(value) =>
            def.live ? onLiveChange(name, value) : onRestart({ ...values, [name]: value }, seed)
          }
        />
      ))}
      <form
        className={styles.field}
        onSubmit={(event) => {
          event.preventDefault();
          if (seedValid) onRestart(values, Number(seedText));
        }}
      >
        <label htmlFor="param-seed">Seed</label>
        <input
          id="param-seed"
          inputMode="numeric"
          value={seedText}
          aria-invalid={!seedValid}
          aria-describedby="param-seed-help"
          onChange={(event) => setSeedText(event.currentTarget.value.trim())}
        />
        <small id="param-seed-help" className={seedValid ? styles.muted : styles.error}>
          {seedValid
            ? 'Same seed, same run, on every machine.'
            : `A seed is a whole number from 0 to ${SEED_MAX}.`}
        </small>
        <div className={styles.actions}>
          <button type="submit" disabled={!seedValid}>
            Run with this seed
          </button>
          <button
            type="button"
            onClick={() => {
              const next = crypto.getRandomValues(new Uint32Array(1))[0]!;
              setSeedText(String(next));
              onRestart(values, next);
            }}
          >
            New random seed
          </button>
        </div>
      </form>
    </section>
  );
});
