/**
 * The engine's public face: everything the views (components/, app/, content/) may use
 * of sim/core comes through here. The World's insides (scheduler, node hosts, in-flight
 * table, checkpoints) stay behind the Simulation that owns them.
 */
export * from './assertNever';
export * from './bounded';
export * from './commandJson';
export * from './commands';
export * from './ids';
export * from './limits';
export * from './network';
export * from './own';
export * from './params';
export * from './rng';
export * from './scenario';
export * from './simulation';
export * from './time';
export * from './trace';
export type { InFlight } from './inflight';
