'use client';
/** The cap-register sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { CapExtras } from '../cap/CapExtras';
import { capRegisterChallenges } from '@/sim/scenarios/cap/challenges';
import { Sandbox } from '../Sandbox';

export function CapSandbox() {
  return (
    <Sandbox
      scenario={capRegister}
      search={useSearchParams().toString()}
      challenges={capRegisterChallenges}
      extras={CapExtras}
    />
  );
}
