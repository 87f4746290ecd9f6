/**
 * A finished calculation: the one-line reading, the staleness curve, and the numbers
 * behind it (P(consistent) at each requested time, t-visibility, latencies, k-staleness).
 */
import type { PbsInput, PbsResult } from '@/sim/pbs/calculate';
import { StalenessChart } from '@/components/viz/charts/StalenessChart';
import { formatMs, formatPercent, resultSentence } from './pbsText';
import styles from './pbs.module.css';

interface Props {
  readonly input: PbsInput;
  readonly result: PbsResult;
}

export function PbsResults({ input, result }: Props) {
  const marks = result.strict
    ? []
    : [
        { tMs: result.tVisibility.p99, label: '99 %' },
        { tMs: result.tVisibility.p999, label: '99.9 %' },
      ];
  return (
    <section className={styles.results} aria-labelledby="pbs-results">
      <h2 id="pbs-results">Result</h2>
      <p className={styles.sentence} data-testid="pbs-sentence">
        {resultSentence(input, result)}
      </p>
      <StalenessChart
        predicted={result.curve}
        marks={marks}
        title={`Probability that a read returns the latest write, against ms since it committed (N=${input.n}, R=${input.r}, W=${input.w}, ${input.profile})`}
        description={resultSentence(input, result)}
      />
      <div className={styles.numbers}>
        <table className={styles.table}>
          <caption>Reads that return the latest committed write</caption>
          <thead>
            <tr>
              <th scope="col">ms after commit</th>
              <th scope="col">consistent</th>
              {input.k > 1 && <th scope="col">within {input.k} versions</th>}
            </tr>
          </thead>
          <tbody>
            {result.consistentAt.map((point, i) => (
              <tr key={point.tMs}>
                <td>{point.tMs}</td>
                <td>{formatPercent(point.p)}</td>
                {input.k > 1 && <td>{formatPercent(result.consistentWithinKAt[i]!.p)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        <dl className={styles.facts}>
          <dt>99 % consistent by</dt>
          <dd>{formatMs(result.tVisibility.p99)}</dd>
          <dt>99.9 % consistent by</dt>
          <dd>{formatMs(result.tVisibility.p999)}</dd>
          <dt>Read latency, p50 / p99.9</dt>
          <dd>
            {formatMs(result.latency.read.p50)} / {formatMs(result.latency.read.p999)}
          </dd>
          <dt>Write latency, p50 / p99.9</dt>
          <dd>
            {formatMs(result.latency.write.p50)} / {formatMs(result.latency.write.p999)}
          </dd>
        </dl>
        <table className={styles.table}>
          <caption>
            More than k versions stale, if writes reached only their W replicas: (C(N−W, R) / C(N,
            R))<sup>k</sup>
          </caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">closed form</th>
              <th scope="col">simulated</th>
            </tr>
          </thead>
          <tbody>
            {result.kStaleness.map((row) => (
              <tr key={row.k}>
                <td>{row.k}</td>
                <td>{formatPercent(row.closedForm)}</td>
                <td>{formatPercent(row.simulated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
