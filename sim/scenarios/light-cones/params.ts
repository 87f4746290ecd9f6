/**
 * The parameters of `light-cones`. See geometry.ts for where they put everyone.
 *
 * `gap` is a whole number of milliseconds rather than a duration because it is signed:
 * durations are never negative (parseDuration rejects "-20ms"), and one slider from
 * "sniper first" through 0 to "soldier first" is the clearest control.
 */
import type { ParamSchema } from '@/sim/core/params';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';

export const mutualVisibilityParams = {
  gap: {
    kind: 'int',
    label: 'Sniper fires after the soldier by (ms)',
    help: 'The soldier fires at 1 s, the sniper this many milliseconds later; negative: the sniper fires first.',
    min: -500,
    max: 500,
    default: 20,
    live: false,
  },
  distance: {
    kind: 'duration',
    label: 'Distance between the shooters',
    help: 'How long a message takes from the soldier (n1) to the sniper (n2). Every latency is a distance along one line.',
    min: 100 * US_PER_MS,
    max: 2 * US_PER_S,
    default: 400 * US_PER_MS,
    live: false,
  },
  observers: {
    kind: 'int',
    label: 'Observers',
    help: 'Nodes n3 onwards, standing on the line between the two shooters.',
    min: 1,
    max: 5,
    default: 3,
    live: false,
  },
  spread: {
    kind: 'int',
    label: 'Observer spread (%)',
    help: 'At 0 every observer stands at the midpoint; at 100 they are evenly spaced from the soldier (n3 nearest) to the sniper.',
    min: 0,
    max: 100,
    default: 100,
    live: false,
  },
} as const satisfies ParamSchema;
