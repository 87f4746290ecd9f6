/**
 * The shape of a scenario's workload generator (workload.ts runs it): how often it asks,
 * and what. Types only, so a scenario can name its workload without the engine.
 */
import type { ClientOp } from './commands';
import type { NodeId } from './ids';
import type { ParamValues } from './params';
import type { Rng } from './rng';
import type { Micros } from './time';

export interface WorkloadContext {
  readonly rng: Rng;
  readonly params: ParamValues;
  readonly nodes: readonly NodeId[];
  readonly now: Micros;
  /** Whether a client is waiting for a reply (and so cannot issue another request). */
  busy(client: number): boolean;
}

export interface WorkloadOp {
  readonly node: NodeId;
  readonly client: number;
  readonly op: ClientOp;
  readonly timeout?: Micros;
}

export interface Workload {
  /** Mean time between generated requests, or null for none (e.g. a rate of zero). */
  interval(params: ParamValues): Micros | null;
  /** The next request, or null to skip this tick (say, every client is busy). */
  next(context: WorkloadContext): WorkloadOp | null;
}
