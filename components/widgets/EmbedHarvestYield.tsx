'use client';
/**
 * `/embed/harvest-yield`: the sharded service and its meters side by side, sized for a
 * 960 × 540 slide.
 */
import { useSearchParams } from 'next/navigation';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { Embed } from './Embed';
import { HarvestMeters } from './harvest/HarvestMeters';
import { harvestTopology } from './harvest/harvestTopology';
import { LoadOverlay } from './harvest/LoadOverlay';
import type { SandboxView } from './Sandbox';

const view: SandboxView & { columns: boolean } = {
  topology: harvestTopology,
  overlay: (snapshot, positions, radius) => (
    <LoadOverlay snapshot={snapshot} positions={positions} radius={radius} />
  ),
  columns: true,
};

export function EmbedHarvestYield() {
  return (
    <Embed
      scenario={harvestYield}
      search={useSearchParams().toString()}
      view={view}
      below={(store, snapshot) => (
        <HarvestMeters store={store} snapshot={snapshot} charts={['quality']} />
      )}
    />
  );
}
