'use client';
/**
 * The live cluster and the calculator meet: the PBS Monte Carlo's predicted P(consistent)
 * against time since commit, for the run's own N, R, W and leg latencies (computed in a
 * Web Worker, so the page never blocks), with the staleness measured on the running
 * cluster drawn over it, each point labelled with the reads behind it.
 */
import { useEffect, useMemo } from 'react';
import type { ParamValues } from '@/sim/core';
import type { PbsInput, PbsResult } from '@/sim/pbs/calculate';
import { configOf } from '@/sim/scenarios/quorums/kvContext';
import { legRates } from '@/sim/scenarios/quorums/legs';
import type { ProfileId } from '@/sim/pbs/latency';
import { usePbsRun } from '@/components/tools/pbs/usePbsRun';
import { StalenessChart } from '@/components/viz/charts/StalenessChart';
import { measuredPoints } from './measuredPoints';
import type { StalenessState } from './useStaleness';
import styles from './quorum.module.css';

/** Trials for the sandbox's prediction: enough for a smooth curve, quick in a worker. */
const TRIALS = 100_000;

/**
 * Predictions already computed, by input: the same seed gives the same answer, so a
 * remount, a restart with the same N, R and W, or a second widget on the page reuses it.
 */
const predictions = new Map<string, PbsResult>();

const percent = (p: number) => `${(p * 100).toFixed(1)} %`;

/** The calculator's input for the run's parameters (R, W and N as the nodes use them). Pure. */
export function pbsInputOf(params: ParamValues): PbsInput {
  const { n, r, w } = configOf(params);
  return {
    n,
    r,
    w,
    profile: params.profile as ProfileId,
    ...legRates(params),
    trials: TRIALS,
    seed: 1,
    tMs: [0],
    k: 1,
  };
}

export function StalenessPanel({
  params,
  staleness,
  compact = false,
  table = true,
}: {
  params: ParamValues;
  staleness: StalenessState;
  compact?: boolean;
  /** Whether to list the measured points with their read counts under the chart. */
  table?: boolean;
}) {
  const input = useMemo(() => pbsInputOf(params), [params]);
  const pbs = usePbsRun();
  const { run } = pbs;
  const inputKey = JSON.stringify(input);
  const cached = predictions.get(inputKey);
  useEffect(() => {
    if (!predictions.has(inputKey)) run(JSON.parse(inputKey) as PbsInput, { table: false });
  }, [run, inputKey]);
  const fresh = pbs.last && JSON.stringify(pbs.last.input) === inputKey ? pbs.last.result : null;
  if (fresh) predictions.set(inputKey, fresh);
  const done = fresh ?? cached ?? null;
  const curve = done?.curve ?? [];
  const tMax = curve.at(-1)?.tMs ?? 100;
  const measured = useMemo(() => measuredPoints(staleness.samples, tMax), [staleness, tMax]);
  const { n, r, w } = input;
  const reads = staleness.samples.length;
  const strict = r + w > n;
  const predicted = done
    ? `Predicted: ${percent(done.consistentAt[0]!.p)} of reads consistent right after commit; 99.9 % by ${done.tVisibility.p999.toFixed(1)} ms.`
    : pbs.state.status === 'error'
      ? `The prediction could not be computed: ${pbs.state.message}`
      : 'Computing the prediction…';
  const measuredText =
    reads === 0
      ? 'Measured: no reads yet; press play.'
      : `Measured: ${reads} reads, ${staleness.stale} stale (${percent(staleness.stale / reads)}).`;
  const title = `Staleness, N=${n} R=${r} W=${w}: predicted curve and measured points`;
  return (
    <section className={styles.panel} aria-labelledby="staleness-heading">
      <h3 id="staleness-heading">
        How stale is “eventually”? N={n}, R={r}, W={w}
        {strict ? ' (R + W > N: quorums overlap)' : ' (R + W ≤ N: partial quorums)'}
      </h3>
      <StalenessChart
        predicted={curve}
        measured={measured}
        title={title}
        description={`${predicted} ${measuredText}`}
        height={compact ? 200 : 300}
      />
      <p className={styles.summary} aria-live="polite">
        {measuredText} {predicted}
      </p>
      {params.profile === 'wan' && (
        <p className={styles.summary}>
          The model puts each coordinator in the data centre of one replica; here any node
          coordinates, and one that holds no replica of the key sends every leg 75 ms across, so the
          measured points may sit off the curve.
        </p>
      )}
      {table && measured.length > 0 && (
        <table className={styles.points}>
          <caption>Measured points: reads by time since the latest commit</caption>
          <thead>
            <tr>
              <th scope="col">ms after commit</th>
              <th scope="col">reads</th>
              <th scope="col">consistent</th>
            </tr>
          </thead>
          <tbody>
            {measured.map((point) => (
              <tr key={point.tMs}>
                <td>{point.tMs}</td>
                <td>{point.reads}</td>
                <td>{percent(point.consistent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
