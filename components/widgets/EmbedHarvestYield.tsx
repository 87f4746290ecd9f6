'use client';
/**
 * `/embed/harvest-yield`: the sharded service and its meters side by side, sized for a
 * 960 × 540 slide.
 */
import { useSearchParams } from 'next/navigation';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { Embed } from './Embed';
import { lazyView } from './LoadingView';
import { harvestView } from './harvest/harvestView';

const view = { ...harvestView, columns: true };

/** The meters' charts and their scales load after the cluster's first paint. */
const HarvestMeters = lazyView(
  () => import('./harvest/HarvestMeters').then((m) => m.HarvestMeters),
  'meters',
);

export function EmbedHarvestYield() {
  return (
    <Embed
      scenario={harvestYield}
      search={useSearchParams().toString()}
      view={view}
      below={(store, snapshot) => (
        <HarvestMeters store={store} snapshot={snapshot} charts={['quality']} dense />
      )}
    />
  );
}
