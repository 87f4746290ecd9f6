'use client';
/**
 * `/embed/quorums`: the quorum store beside its live staleness chart (measured reads over
 * the PBS prediction) and counters, laid out to fit a 960×540 slide.
 */
import { useSearchParams } from 'next/navigation';
import { quorumKv } from '@/sim/scenarios/quorums/scenario';
import { Embed } from './Embed';
import { QuorumBelow } from './quorums/QuorumBelow';

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
