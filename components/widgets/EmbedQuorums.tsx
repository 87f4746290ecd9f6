'use client';
/**
 * `/embed/quorum`: the quorum store beside its live staleness chart (measured reads over
 * the PBS prediction) and counters, laid out to fit a 960×540 slide.
 */
import { useSearchParams } from 'next/navigation';
import { quorumKv } from '@/sim/scenarios/quorums/scenario';
import { Embed } from './Embed';
import { lazyView } from './LoadingView';

/** The chart, its scales and the PBS prediction load after the cluster's first paint. */
const QuorumBelow = lazyView(
  () => import('./quorums/QuorumBelow').then((m) => m.QuorumBelow),
  'staleness chart',
);

/** The staleness chart and counters go beside the cluster, the transport heading them. */
const COLUMNS = { columns: true } as const;

export function EmbedQuorums() {
  return (
    <Embed
      scenario={quorumKv}
      search={useSearchParams().toString()}
      view={COLUMNS}
      below={(store, snapshot) => (
        <QuorumBelow
          store={store}
          snapshot={snapshot}
          label={`${quorumKv.title}: this run`}
          table={false}
        />
      )}
    />
  );
}
