'use client';
import { useSearchParams } from 'next/navigation';
import { findScenario } from '@/sim/scenarios';
import { Embed } from '@/components/widgets/Embed';
import { CapEmbed } from '@/components/widgets/cap/CapEmbed';
import type { WidgetEntry } from '@/components/widgets/registry';

/** The query string is read on the client: the page itself is static. */
export function EmbedClient({
  scenario,
  title,
  kind,
}: {
  scenario: string;
  title: string;
  kind: WidgetEntry['kind'];
}) {
  const search = useSearchParams().toString();
  const found = findScenario(scenario);
  if (!found) return null;
  return (
    <>
      <h1 className="visually-hidden">{title}</h1>
      {kind === 'cap-pair' ? (
        <CapEmbed scenario={found} search={search} />
      ) : (
        <Embed scenario={found} search={search} spaceTime={kind === 'space-time'} />
      )}
    </>
  );
}
