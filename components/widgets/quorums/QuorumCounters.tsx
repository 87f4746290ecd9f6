'use client';
/** Live counters of a quorum run: reads measured, stale ones, refusals, and the repair work. */
import { useMemo } from 'react';
import type { PlayerSnapshot } from '@/components/player/PlayerStore';
import { kvContextOf } from '@/sim/scenarios/quorums/looks';
import type { StalenessState } from './useStaleness';
import shared from '../widgets.module.css';
import styles from './quorum.module.css';

export function QuorumCounters({
  snapshot,
  staleness,
  label,
}: {
  snapshot: PlayerSnapshot;
  staleness: StalenessState;
  label: string;
}) {
  const work = useMemo(() => {
    let repairs = 0;
    let compared = 0;
    let hints = 0;
    let handoffs = 0;
    for (const node of snapshot.nodes) {
      const context = kvContextOf(node);
      if (!context) continue;
      repairs += context.repairsSent;
      compared += context.ae.compared;
      handoffs += context.handoffsDelivered;
      for (const store of Object.values(context.hints)) hints += Object.keys(store).length;
    }
    return { repairs, compared, hints, handoffs };
  }, [snapshot]);
  const rows: [string, number, string, boolean][] = [
    [
      'Reads measured',
      staleness.samples.length,
      'Reads that began after a committed write of their key',
      false,
    ],
    [
      'Stale reads',
      staleness.stale,
      'Reads that missed the latest write committed before they began',
      true,
    ],
    ['Refused', staleness.refused, 'Requests a coordinator turned down: no quorum', true],
    [
      'Read repairs',
      work.repairs,
      'Newer versions sent to replicas that answered a read with older ones',
      false,
    ],
    ['Hints held', work.hints, 'Keys kept by a stand-in for an unreachable replica', false],
    ['Hints handed back', work.handoffs, 'Hinted keys delivered to their replica', false],
    [
      'Merkle nodes compared',
      work.compared,
      'Anti-entropy: tree nodes compared between replicas',
      false,
    ],
  ];
  return (
    <dl className={`${shared.counters} ${styles.countersWide}`} aria-label={`${label}: counters`}>
      {rows.map(([name, value, description, alarm]) => (
        <div key={name} title={description} data-nonzero={(alarm && value > 0) || undefined}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
