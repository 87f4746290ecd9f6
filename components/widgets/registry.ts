/**
 * Which widgets exist, for the /play and /embed routes, the home page and the copy-embed
 * and "open in the sandbox" links: read from the concept manifests in `content/concepts/`,
 * which are the one place a concept is described. Data only: pages that import this stay
 * server components. Each sandbox and embed also has its own route folder,
 * `app/(site)/play/<id>/` or `app/embed/<id>/`, whose page imports only that widget's
 * code (content/concepts/concepts.test.ts checks that folders and manifests match).
 */
import { concepts, type WidgetPage } from '@/content/concepts';

export interface WidgetEntry {
  /** Stable, kebab-case: it appears in URLs. The concept's id. */
  readonly id: string;
  readonly scenario: string;
  readonly title: string;
  readonly description: string;
}

function entry(id: string, page: WidgetPage): WidgetEntry {
  return { id, scenario: id, title: page.title, description: page.description };
}

export const sandboxes: readonly WidgetEntry[] = concepts.map((c) => entry(c.id, c.sandbox));

export const embeds: readonly WidgetEntry[] = concepts.map((c) => entry(c.id, c.embed));

export { embedPathFor } from './embedPath';

/** The entry with this id; throws, failing the build, if a route names one that is missing. */
export function requireEntry(list: readonly WidgetEntry[], id: string): WidgetEntry {
  const found = list.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No widget called "${id}" in content/concepts/`);
  return found;
}
