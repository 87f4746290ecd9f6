/** Every scenario, by id. A new concept registers its scenario here. */
import type { Scenario } from '@/sim/core/scenario';
import { failureDetector } from './failure-detector/scenario';

export const scenarios: Readonly<Record<string, Scenario>> = {
  [failureDetector.id]: failureDetector,
};

export function findScenario(id: string): Scenario | undefined {
  return Object.hasOwn(scenarios, id) ? scenarios[id] : undefined;
}
