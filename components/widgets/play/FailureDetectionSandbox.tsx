'use client';
/** The failure-detection sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { Sandbox } from '../Sandbox';

export function FailureDetectionSandbox() {
  return <Sandbox scenario={failureDetector} search={useSearchParams().toString()} />;
}
