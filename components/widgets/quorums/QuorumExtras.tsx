'use client';
/** What the quorums sandbox adds below the common controls. */
import type { ExtrasProps } from '../Sandbox';
import { RequestPanel } from '../cap/RequestPanel';
import { workloadKeys } from '@/sim/scenarios/quorums/workload';
import { US_PER_MS } from '@/sim/core';
import { QuorumCounters } from './QuorumCounters';
import { RingView } from './RingView';
import { StalenessPanel } from './StalenessPanel';
import { useStaleness } from './useStaleness';

export function QuorumExtras({ store, snapshot }: ExtrasProps) {
  const params = store.sim.paramsNow;
  const staleness = useStaleness(store, snapshot);
  return (
    <>
      <StalenessPanel params={store.sim.params} staleness={staleness} />
      <QuorumCounters snapshot={snapshot} staleness={staleness} label="This run" />
      <RequestPanel
        store={store}
        snapshot={snapshot}
        keys={workloadKeys(Number(params.keys))}
        // The coordinator gives up after `timeout`; the client waits a little longer to hear it.
        timeout={Number(params.timeout) + 100 * US_PER_MS}
      />
      <RingView params={params} />
    </>
  );
}
