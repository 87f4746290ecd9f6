'use client';
/** `/embed/light-cone`: the soldier and the sniper, with its live space-time diagram. */
import { useSearchParams } from 'next/navigation';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { Embed } from './Embed';
import { lazyView } from './LoadingView';
import { lineView } from './lightcone/lineView';

/** The diagram (and D3's zoom) loads after the cluster's first paint. */
const SpaceTimeView = lazyView(
  () => import('@/components/viz/spacetime/SpaceTimeView').then((m) => m.SpaceTimeView),
  'space-time diagram',
);
/** The diagram goes beside the cluster, the transport heading it: a landscape slide. */
const SLIDE = { ...lineView, columns: true, slide: true } as const;

export function EmbedLightCones() {
  return (
    <Embed
      scenario={mutualVisibility}
      search={useSearchParams().toString()}
      view={SLIDE}
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
