'use client';
/** The failure-detector sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { failureDetector } from '@/sim/scenarios/failure-detector/scenario';
import { failureDetectorChallenges } from '@/sim/scenarios/failure-detector/challenges';
import { Sandbox } from '../Sandbox';

export function FailureDetectorSandbox() {
  return (
    <Sandbox
      scenario={failureDetector}
      search={useSearchParams().toString()}
      challenges={failureDetectorChallenges}
    />
  );
}
