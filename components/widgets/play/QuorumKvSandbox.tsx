'use client';
/** The quorum-kv sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { quorumKv } from '@/sim/scenarios/quorum-kv/scenario';
import { QuorumExtras } from '../quorum/QuorumExtras';
import { quorumKvChallenges } from '@/sim/scenarios/quorum-kv/challenges';
import { Sandbox } from '../Sandbox';

export function QuorumKvSandbox() {
  return (
    <Sandbox
      scenario={quorumKv}
      search={useSearchParams().toString()}
      challenges={quorumKvChallenges}
      extras={QuorumExtras}
    />
  );
}
