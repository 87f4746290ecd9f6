'use client';
/** The mutual-visibility sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { mutualVisibilityChallenges } from '@/sim/scenarios/light-cones/challenges';
import { Sandbox } from '../Sandbox';
import { lineView } from '../lightcone/lineView';

export function LightConesSandbox() {
  return (
    <Sandbox
      scenario={mutualVisibility}
      search={useSearchParams().toString()}
      challenges={mutualVisibilityChallenges}
      view={lineView}
    />
  );
}
