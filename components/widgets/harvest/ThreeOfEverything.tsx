'use client';
/**
 * "Three of everything" as a small experiment: pick how often a machine is down, run a
 * million simulated hours, and read how often a partition on 1, 2 or 3 replicas is
 * entirely down, against the chance that one machine is. Nothing is shown until the
 * reader runs it, so a prediction made above it is not spoiled.
 */
import { useState } from 'react';
import {
  expectedOutages,
  measureOutages,
  REPLICA_COUNTS,
  type OutageShares,
} from '@/sim/scenarios/harvest-yield/outages';
import { useTriggerGate } from '@/components/lesson/PredictContext';
import shared from '../widgets.module.css';
import styles from './harvest.module.css';

const HOURS = 1_000_000;
const CHOICES = [0.01, 0.02, 0.05, 0.1];

function share(x: number): string {
  if (x === 0) return 'never';
  const oneIn = Math.round(1 / x);
  return `${(100 * x).toPrecision(2)} % (1 in ${oneIn.toLocaleString('en')})`;
}

export function ThreeOfEverything({ p: initial = 0.05 }: { p?: number }) {
  const [p, setP] = useState(CHOICES.includes(initial) ? initial : 0.05);
  const [result, setResult] = useState<{ p: number; shares: OutageShares } | null>(null);
  const expected = result ? expectedOutages(result.p) : null;
  // Inside a <Predict>: held until the prediction is locked; running it decides.
  const gate = useTriggerGate();
  return (
    <div className={shared.lesson}>
      <div className={styles.prompt}>
        <label htmlFor="three-p">Each machine is down</label>
        <select
          id="three-p"
          value={p}
          onChange={(event) => setP(Number(event.currentTarget.value))}
        >
          {CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {Math.round(choice * 100)} % of the time
            </option>
          ))}
        </select>
        <button
          ref={gate.playRef}
          type="button"
          disabled={gate.blocked}
          onClick={() => {
            setResult({ p, shares: measureOutages(p, HOURS) });
            gate.reached();
          }}
        >
          Simulate a million hours
        </button>
      </div>
      <div aria-live="polite">
        {result && expected && (
          <table className={styles.readout} aria-label="Three of everything">
            <caption>
              Six machines, each down {Math.round(result.p * 100)} % of the time, over{' '}
              {HOURS.toLocaleString('en')} hours: one machine is down {share(result.shares.oneDown)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Replicas</th>
                <th scope="col">A partition is down</th>
                <th scope="col">Some data is unreachable</th>
                <th scope="col">Independent failures predict</th>
              </tr>
            </thead>
            <tbody>
              {REPLICA_COUNTS.map((replicas, k) => (
                <tr key={replicas}>
                  <th scope="row">
                    {replicas} ({6 / replicas} × {replicas})
                  </th>
                  <td>{share(result.shares.partitionDown[k]!)}</td>
                  <td>{share(result.shares.someDataLost[k]!)}</td>
                  <td>{share(expected.partitionDown[k]!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
