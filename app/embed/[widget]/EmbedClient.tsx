'use client';
import { useSearchParams } from 'next/navigation';
import { findScenario } from '@/sim/scenarios';
import { Embed } from '@/components/widgets/Embed';

export function EmbedClient({ scenario, title }: { scenario: string; title: string }) {
  const search = useSearchParams().toString();
  const found = findScenario(scenario);
  return found ? (
    <>
      <h1 className="visually-hidden">{title}</h1>
      <Embed scenario={found} search={search} />
    </>
  ) : null;
}
