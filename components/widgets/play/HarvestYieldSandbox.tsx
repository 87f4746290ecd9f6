'use client';
/** The harvest-yield sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { harvestYield } from '@/sim/scenarios/harvest-yield/scenario';
import { CompareLayout } from '../harvest/CompareLayout';
import { HarvestMeters } from '../harvest/HarvestMeters';
import { harvestView } from '../harvest/harvestView';
import { harvestYieldChallenges } from '@/sim/scenarios/harvest-yield/challenges';
import { Sandbox, type ExtrasProps } from '../Sandbox';

function Extras({ store, snapshot }: ExtrasProps) {
  return (
    <>
      <HarvestMeters store={store} snapshot={snapshot} />
      <CompareLayout store={store} snapshot={snapshot} />
    </>
  );
}

export function HarvestYieldSandbox() {
  return (
    <Sandbox
      scenario={harvestYield}
      search={useSearchParams().toString()}
      challenges={harvestYieldChallenges}
      extras={Extras}
      view={harvestView}
    />
  );
}
