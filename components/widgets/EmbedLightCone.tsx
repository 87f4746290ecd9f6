'use client';
/** `/embed/light-cone`: the soldier and the sniper, with its live space-time diagram. */
import { useSearchParams } from 'next/navigation';
import { mutualVisibility } from '@/sim/scenarios/mutual-visibility/scenario';
import { SpaceTimeView } from '@/components/viz/spacetime/SpaceTimeView';
import { Embed } from './Embed';
import { lineView } from './lightcone/lineView';

export function EmbedLightCone() {
  return (
    <Embed
      scenario={mutualVisibility}
      search={useSearchParams().toString()}
      view={lineView}
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
