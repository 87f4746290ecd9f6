'use client';
/** The failure-detector sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { failureDetectorChallenges } from '@/sim/scenarios/failure-detection/challenges';
import { detectorView } from '../failure/detectorView';
import { TimerList } from '../failure/TimerList';
import { Sandbox, type ExtrasProps } from '../Sandbox';

function Extras({ store }: ExtrasProps) {
  return <TimerList store={store} label="Failure detector" />;
}

export function FailureDetectionSandbox() {
  return (
    <Sandbox
      scenario={failureDetector}
      search={useSearchParams().toString()}
      challenges={failureDetectorChallenges}
      extras={Extras}
      view={detectorView}
    />
  );
}
