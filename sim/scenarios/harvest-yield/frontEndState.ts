/**
 * What the front end holds between events, and what a sub-query costs: shared by the
 * front end (frontEnd.ts) and its fail-over (failover.ts), so that neither imports the
 * other.
 */
import type { NodeId } from '@/sim/core/ids';
import type { Effect } from '@/sim/core/node';
import type { Micros } from '@/sim/core/time';
import type { Layout } from './params';
import type { PendingTable } from './pendingTable';
import { COST_STEPS } from './server';

export interface Settings {
  readonly policy: 'best-effort' | 'complete';
  readonly queue: 'bounded' | 'unbounded';
  readonly limit: number;
  readonly deadline: Micros;
  readonly choice: 'two' | 'random';
  readonly latency: Micros;
}

export interface FrontEndState {
  readonly layout: Layout;
  readonly machines: readonly NodeId[];
  readonly settings: Settings;
  /** Sub-queries each machine owes: the front end's view of its queue. */
  readonly outstanding: readonly number[];
  readonly lastHeard: readonly Micros[];
  readonly suspected: readonly boolean[];
  readonly pending: PendingTable;
  readonly answered: number;
  readonly failed: number;
}

export type Step = readonly [FrontEndState, readonly Effect[]];

/**
 * What query `seed` costs on partition `p`, from 0 to COST_STEPS - 1 (see server.ts):
 * the same in every layout that has that partition. The mixing is splitmix32's
 * finaliser (as in sim/core/rng.ts). Pure.
 */
export function costOf(seed: number, p: number): number {
  let z = (seed + Math.imul(p + 1, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return ((z ^ (z >>> 16)) >>> 0) % COST_STEPS;
}
