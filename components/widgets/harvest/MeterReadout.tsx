'use client';
/**
 * The meters as numbers: over the last two seconds and over the whole run. A table, so
 * a screen reader (or a test) can read "Harvest, last 2 s" by its row and column.
 */
import type { Reading } from '@/sim/scenarios/harvest-yield/meters';
import styles from './harvest.module.css';

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

/** Shown for a figure about answers when there are none yet. */
const NONE = '–';

const ROWS: readonly (readonly [string, (r: Reading) => string, string])[] = [
  ['Yield', (r) => (r.offered ? percent(r.yield) : NONE), 'Queries answered ÷ queries offered'],
  [
    'Harvest',
    (r) => (r.answered ? percent(r.harvest) : NONE),
    'Mean share of the data in the answers',
  ],
  ['DQ', (r) => `${r.dq.toFixed(1)} /s`, 'Data per query × queries per second'],
  ['Latency p50', (r) => (r.answered ? ms(r.latency.p50) : NONE), 'Half the answers took less'],
  [
    'Latency p99',
    (r) => (r.answered ? ms(r.latency.p99) : NONE),
    'All but one answer in 100 took less',
  ],
  ['Offered', (r) => String(r.offered), 'Queries settled: answered or failed'],
];

export function MeterReadout({
  label,
  window,
  whole,
}: {
  label: string;
  window: Reading;
  whole: Reading;
}) {
  return (
    <table className={styles.readout} aria-label={label}>
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">Meter</th>
          <th scope="col">Last 2 s</th>
          <th scope="col">Whole run</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([name, format, help]) => (
          <tr key={name} title={help}>
            <th scope="row">{name}</th>
            <td>{format(window)}</td>
            <td>{format(whole)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
