'use client';
/**
 * The calculator's inputs. N, R, W and the profile are choices from lists, so they cannot
 * be wrong; rates, trials, seed, times and k are typed, and checked by the same parser as
 * the URL and the CLI when the form is submitted.
 */
import { useId, type FormEvent } from 'react';
import { PROFILES, PROFILE_IDS, type ProfileId } from '@/sim/pbs/latency';
import type { PbsArg } from '@/sim/pbs/pbsInput';
import { N_MAX } from '@/sim/pbs/wars';
import tools from '../tools.module.css';
import styles from './pbs.module.css';

export type PbsFormText = Readonly<Record<PbsArg, string>>;

interface Props {
  readonly text: PbsFormText;
  readonly running: boolean;
  readonly onChange: (text: PbsFormText) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
}

function profileLabel(id: ProfileId): string {
  return id === 'exponential' ? 'Exponential (rates below)' : PROFILES[id].label;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}

export function PbsForm({ text, running, onChange, onSubmit, onCancel }: Props) {
  const id = useId();
  const n = Math.min(N_MAX, Math.max(1, Number(text.n) || 1));
  const set = (arg: PbsArg, value: string) => {
    const next = { ...text, [arg]: value };
    if (arg === 'n') {
      // Keep R and W within the new N.
      for (const quorum of ['r', 'w'] as const)
        if (Number(next[quorum]) > Number(value)) next[quorum] = value;
    }
    onChange(next);
  };
  const exponential = text.profile === 'exponential';
  const choice = (arg: 'n' | 'r' | 'w', label: string, count: number) => (
    <div className={tools.field}>
      <label htmlFor={`${id}-${arg}`}>{label}</label>
      <select id={`${id}-${arg}`} value={text[arg]} onChange={(e) => set(arg, e.target.value)}>
        {range(count).map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </div>
  );
  const typed = (arg: PbsArg, label: string, hint: string, disabled = false) => (
    <div className={tools.field}>
      <label htmlFor={`${id}-${arg}`}>{label}</label>
      <input
        id={`${id}-${arg}`}
        type="text"
        inputMode={arg === 't' ? 'text' : 'decimal'}
        spellCheck={false}
        value={text[arg]}
        disabled={disabled}
        aria-describedby={`${id}-${arg}-hint`}
        onChange={(e) => set(arg, e.target.value)}
      />
      <span id={`${id}-${arg}-hint`} className={tools.help}>
        {hint}
      </span>
    </div>
  );

  return (
    <form
      className={`${tools.form} ${styles.inputs}`}
      aria-label="PBS calculator inputs"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <fieldset className={styles.group}>
        <legend>Quorums</legend>
        {choice('n', 'Replicas (N)', N_MAX)}
        {choice('r', 'Read quorum (R)', n)}
        {choice('w', 'Write quorum (W)', n)}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Latency</legend>
        <div className={tools.field}>
          <label htmlFor={`${id}-profile`}>Latency profile</label>
          <select
            id={`${id}-profile`}
            value={text.profile}
            onChange={(e) => set('profile', e.target.value)}
          >
            {PROFILE_IDS.map((profile) => (
              <option key={profile} value={profile}>
                {profileLabel(profile)}
              </option>
            ))}
          </select>
        </div>
        {typed('lambda-w', 'λ of W (per ms)', 'write request rate', !exponential)}
        {typed('lambda-ars', 'λ of A, R, S (per ms)', 'ack, read, response rate', !exponential)}
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Simulation</legend>
        {typed('trials', 'Trials', '100 to 10,000,000')}
        {typed('seed', 'Seed', 'same seed, same answer')}
        {typed('t', 'Times after commit (ms)', 'comma-separated, e.g. 0,1,10,100')}
        {typed('k', 'Versions (k)', 'k-staleness for 1 to k')}
      </fieldset>
      <div className={`${tools.actions} ${styles.actions}`}>
        <button type="submit" className={tools.primary}>
          Calculate
        </button>
        <button type="button" onClick={onCancel} disabled={!running}>
          Cancel
        </button>
      </div>
    </form>
  );
}
