/**
 * Every concept, in the order the home page lists its sandbox. A new concept adds its
 * manifest file here (see concept.ts for what one names) and concepts.test.ts says which
 * of its files are still missing.
 */
import type { Concept } from './concept';
import { failureDetection } from './failure-detection';
import { cap } from './cap';
import { lightCones } from './light-cones';
import { quorums } from './quorums';
import { harvestYield } from './harvest-yield';

export type { Concept, WidgetPage } from './concept';

export const concepts: readonly Concept[] = [
  failureDetection,
  cap,
  lightCones,
  quorums,
  harvestYield,
];

/** Each former id and the concept id it now leads to. */
export const formerIds: ReadonlyMap<string, string> = new Map(
  concepts.flatMap((concept) => concept.formerIds.map((former) => [former, concept.id] as const)),
);

/** The concept with this id; throws, failing the build, if a route names one that is missing. */
export function requireConcept(id: string): Concept {
  const concept = concepts.find((candidate) => candidate.id === id);
  if (!concept) throw new Error(`No concept "${id}" in content/concepts/index.ts`);
  return concept;
}
