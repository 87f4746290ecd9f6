'use client';
/** The quorum-kv sandbox, with only its own scenario's code. */
import { useSearchParams } from 'next/navigation';
import { quorumKv } from '@/sim/scenarios/quorums/scenario';
import { QuorumExtras } from '../quorums/QuorumExtras';
import { quorumKvChallenges } from '@/sim/scenarios/quorums/challenges';
import { Sandbox } from '../Sandbox';

export function QuorumsSandbox() {
  return (
    <Sandbox
      scenario={quorumKv}
      search={useSearchParams().toString()}
      challenges={quorumKvChallenges}
      extras={QuorumExtras}
    />
  );
}
