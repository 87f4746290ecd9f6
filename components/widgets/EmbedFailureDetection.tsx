'use client';
/** `/embed/failure-detector`: the failure-detector cluster alone. */
import { useSearchParams } from 'next/navigation';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { Embed } from './Embed';
import { detectorView } from './failure/detectorView';

export function EmbedFailureDetection() {
  return (
    <Embed scenario={failureDetector} search={useSearchParams().toString()} view={detectorView} />
  );
}
