/**
 * Latency against staleness for every (R, W) at the chosen N, after Table 5 of the PBS
 * paper (Bailis et al., PVLDB 5(8), 2012). The chosen quorum's row is marked.
 */
import type { TradeoffRow } from '@/sim/pbs/calculate';
import { formatMs, formatPercent } from './pbsText';
import styles from './pbs.module.css';

interface Props {
  readonly n: number;
  readonly rows: readonly TradeoffRow[];
  readonly chosen: { readonly r: number; readonly w: number };
  readonly cellTrials: number;
}

export function TradeoffTable({ n, rows, chosen, cellTrials }: Props) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>
          {`Every read and write quorum for N = ${n}: latency against staleness (${cellTrials.toLocaleString('en-US')} trials each)`}
        </caption>
        <thead>
          <tr>
            <th scope="col">R</th>
            <th scope="col">W</th>
            <th scope="col">Quorum</th>
            <th scope="col">Consistent at commit</th>
            <th scope="col">99.9 % consistent by</th>
            <th scope="col">Read p50 / p99.9</th>
            <th scope="col">Write p50 / p99.9</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const current = row.r === chosen.r && row.w === chosen.w;
            return (
              <tr
                key={`${row.r}-${row.w}`}
                className={current ? styles.current : undefined}
                aria-current={current ? 'true' : undefined}
              >
                <td>{row.r}</td>
                <td>{row.w}</td>
                <td>{row.strict ? 'strict' : 'partial'}</td>
                <td>{formatPercent(row.consistentAtZero)}</td>
                <td>{row.strict ? 'always' : formatMs(row.tVisibility999)}</td>
                <td>
                  {formatMs(row.read.p50)} / {formatMs(row.read.p999)}
                </td>
                <td>
                  {formatMs(row.write.p50)} / {formatMs(row.write.p999)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
