'use client';
/** `/embed/failure-detection`: the failure-detector cluster alone. */
import { useSearchParams } from 'next/navigation';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { Embed } from './Embed';

export function EmbedFailureDetection() {
  return <Embed scenario={failureDetector} search={useSearchParams().toString()} />;
}
