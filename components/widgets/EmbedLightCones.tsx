'use client';
/** `/embed/light-cones`: the soldier and the sniper, with its live space-time diagram. */
import { useSearchParams } from 'next/navigation';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { SpaceTimeView } from '@/components/viz/spacetime/SpaceTimeView';
import { Embed } from './Embed';

export function EmbedLightCones() {
  return (
    <Embed
      scenario={mutualVisibility}
      search={useSearchParams().toString()}
      below={(store, snapshot, linked) => (
        <SpaceTimeView
          store={store}
          snapshot={snapshot}
          label={`${mutualVisibility.title}: space-time diagram`}
          {...linked}
        />
      )}
    />
  );
}
