'use client';
/** The cap-register sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { capRegister } from '@/sim/scenarios/cap-register/scenario';
import { CapRegisterExtras } from '../cap/CapRegisterExtras';
import { capRegisterChallenges } from '@/sim/scenarios/cap-register/challenges';
import { Sandbox } from '../Sandbox';

export function CapRegisterSandbox() {
  return (
    <Sandbox
      scenario={capRegister}
      search={useSearchParams().toString()}
      challenges={capRegisterChallenges}
      extras={CapRegisterExtras}
    />
  );
}
