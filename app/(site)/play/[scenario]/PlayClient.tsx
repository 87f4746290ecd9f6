'use client';
import { useSearchParams } from 'next/navigation';
import { findScenario } from '@/sim/scenarios';
import { Sandbox } from '@/components/widgets/Sandbox';

/** The query string is read on the client: the page itself is static. */
export function PlayClient({ scenario }: { scenario: string }) {
  const search = useSearchParams().toString();
  const found = findScenario(scenario);
  return found ? <Sandbox scenario={found} search={search} /> : null;
}
