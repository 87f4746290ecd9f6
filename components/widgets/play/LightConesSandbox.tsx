'use client';
/** The light-cones sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { Sandbox } from '../Sandbox';

export function LightConesSandbox() {
  return <Sandbox scenario={mutualVisibility} search={useSearchParams().toString()} />;
}
