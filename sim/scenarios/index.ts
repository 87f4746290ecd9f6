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
