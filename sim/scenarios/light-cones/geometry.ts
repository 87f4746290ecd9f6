/**
 * Where everyone stands, and when the shooters fire. Every node sits on one line, and a
 * message takes as long as the distance between its two ends:
 *
 * - n1, the soldier, stands at 0 and fires at 1 s;
 * - n2, the sniper, stands at `distance` and fires at 1 s + `gap` (gap < 0: the sniper first);
 * - observer j of K (node n(j+2), j = 1…K) stands at
 *
 *     x_j = distance · (1/2 + spread · (j/(K+1) − 1/2))
 *
 *   so it is x_j from the soldier and distance − x_j from the sniper. With spread 0 every
 *   observer stands at the midpoint; with spread 100% they are evenly spaced between the
 *   two shooters, the lowest-numbered nearest the soldier. Distances vary linearly in j.
 *
 * Because latency is distance along a line, no detour through a third node beats a
 * direct link (the triangle inequality holds), just as nothing outruns light.
 */
import { nodeIds, nodeIndex, type NodeId } from '@/sim/core/ids';
import type { LatencySpec } from '@/sim/core/latency';
import { typedParams, type ParamValues } from '@/sim/core/params';
import { US_PER_MS, US_PER_S, type Micros } from '@/sim/core/time';
import { mutualVisibilityParams } from './params';

export type Shooter = 'soldier' | 'sniper';
export type Role = Shooter | 'observer';

export const SHOOTERS: readonly Shooter[] = ['soldier', 'sniper'];
export const SHOOTER_NODE: Readonly<Record<Shooter, NodeId>> = { soldier: 'n1', sniper: 'n2' };

/** When the soldier fires. A second of quiet first lets a partition be drawn before the shots. */
export const SOLDIER_FIRES_AT: Micros = US_PER_S;

/** No message arrives in no time, even between two observers standing side by side. */
const MIN_LINK: Micros = US_PER_MS;

/** The role of n1…nN: n1 the soldier, n2 the sniper, the rest observers. Pure. */
export function roleOf(id: NodeId): Role {
  const index = nodeIndex(id);
  return index === 0 ? 'soldier' : index === 1 ? 'sniper' : 'observer';
}

/** The other shooter. Pure. */
export function otherShooter(shooter: Shooter): Shooter {
  return shooter === 'soldier' ? 'sniper' : 'soldier';
}

/** Every node: the two shooters, then the observers. Pure. */
export function visibilityNodes(params: ParamValues): NodeId[] {
  return nodeIds(2 + typedParams(mutualVisibilityParams, params).observers);
}

/** When a shooter's timer fires, in virtual time from boot. Pure. */
export function fireTime(shooter: Shooter, params: ParamValues): Micros {
  const gap = typedParams(mutualVisibilityParams, params).gap * US_PER_MS;
  return shooter === 'soldier' ? SOLDIER_FIRES_AT : SOLDIER_FIRES_AT + gap;
}

/** A node's place on the line, in microseconds of travel from the soldier. Pure. */
export function positionOf(id: NodeId, params: ParamValues): Micros {
  const distance = typedParams(mutualVisibilityParams, params).distance;
  const role = roleOf(id);
  if (role !== 'observer') return role === 'soldier' ? 0 : distance;
  const j = nodeIndex(id) - 1; // n3 is observer 1
  const fraction = j / (typedParams(mutualVisibilityParams, params).observers + 1);
  const spread = typedParams(mutualVisibilityParams, params).spread / 100;
  return Math.round(distance * (0.5 + spread * (fraction - 0.5)));
}

/** How long a message takes from `a` to `b` (the same both ways). Pure. */
export function latencyBetween(a: NodeId, b: NodeId, params: ParamValues): Micros {
  return Math.max(MIN_LINK, Math.abs(positionOf(a, params) - positionOf(b, params)));
}

/** A constant latency for every ordered pair, keyed "from->to" as the network expects. Pure. */
export function linkLatencies(params: ParamValues): Record<string, LatencySpec> {
  const nodes = visibilityNodes(params);
  const links: Record<string, LatencySpec> = {};
  for (const from of nodes)
    for (const to of nodes)
      if (from !== to)
        links[`${from}->${to}`] = { kind: 'constant', us: latencyBetween(from, to, params) };
  return links;
}
