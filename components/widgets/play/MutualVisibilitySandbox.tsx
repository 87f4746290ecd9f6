'use client';
/** The mutual-visibility sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { mutualVisibility } from '@/sim/scenarios/mutual-visibility/scenario';
import { mutualVisibilityChallenges } from '@/sim/scenarios/mutual-visibility/challenges';
import { Sandbox } from '../Sandbox';
import { lineView } from '../lightcone/lineView';

export function MutualVisibilitySandbox() {
  return (
    <Sandbox
      scenario={mutualVisibility}
      search={useSearchParams().toString()}
      challenges={mutualVisibilityChallenges}
      view={lineView}
    />
  );
}
