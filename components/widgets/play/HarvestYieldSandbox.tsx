'use client';
/** The harvest-yield sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { HarvestMeters } from '../harvest/HarvestMeters';
import { harvestTopology } from '../harvest/harvestTopology';
import { LoadOverlay } from '../harvest/LoadOverlay';
import { Sandbox, type ExtrasProps, type SandboxView } from '../Sandbox';

const view: SandboxView = {
  topology: harvestTopology,
  overlay: (snapshot, positions, radius) => (
    <LoadOverlay snapshot={snapshot} positions={positions} radius={radius} />
  ),
  spaceTime: false,
};

function Extras({ store, snapshot }: ExtrasProps) {
  return <HarvestMeters store={store} snapshot={snapshot} />;
}

export function HarvestYieldSandbox() {
  return (
    <Sandbox
      scenario={harvestYield}
      search={useSearchParams().toString()}
      extras={Extras}
      view={view}
    />
  );
}
