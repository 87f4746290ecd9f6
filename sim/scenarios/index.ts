/**
 * Every scenario, by id, for the command line, the bench and tests. A new concept
 * registers its scenario here. Pages never import this: each imports its own scenario's
 * module, so that it does not carry the others' code.
 */
import type { Scenario } from '@/sim/core/scenario';
import { failureDetector } from './failure-detection/scenario';
import { capRegister } from './cap';
import { mutualVisibility } from './light-cones';
import { quorumKv } from './quorums';
import { harvestYield } from './harvest-yield';

export const scenarios: Readonly<Record<string, Scenario>> = {
  [failureDetector.id]: failureDetector,
  [capRegister.id]: capRegister,
  [mutualVisibility.id]: mutualVisibility,
  [quorumKv.id]: quorumKv,
  [harvestYield.id]: harvestYield,
};

export function findScenario(id: string): Scenario | undefined {
  return Object.hasOwn(scenarios, id) ? scenarios[id] : undefined;
}

/**
 * Ids that scenarios had before each took its concept's id. The command line still
 * accepts them, with a note. The same list as the concept manifests' `formerIds`
 * (content/concepts/), which content/concepts/concepts.test.ts checks: sim/ imports
 * nothing from the layers above it.
 */
export const formerScenarioIds: Readonly<Record<string, string>> = {
  'failure-detector': 'failure-detection',
  'cap-register': 'cap',
  'mutual-visibility': 'light-cones',
  'light-cone': 'light-cones',
  'quorum-kv': 'quorums',
  quorum: 'quorums',
};
