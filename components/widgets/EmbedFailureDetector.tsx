'use client';
/** `/embed/failure-detector`: the failure-detector cluster alone. */
import { useSearchParams } from 'next/navigation';
import { failureDetector } from '@/sim/scenarios/failure-detector/scenario';
import { Embed } from './Embed';
import { detectorView } from './failure/detectorView';

export function EmbedFailureDetector() {
  return (
    <Embed scenario={failureDetector} search={useSearchParams().toString()} view={detectorView} />
  );
}
