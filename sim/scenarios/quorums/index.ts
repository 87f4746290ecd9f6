/** The `quorums` scenario and what views and tests need from it. */
export { quorumKv } from './scenario';
export { checkQuorumParams, quorumKvParams, PROFILE_OPTIONS } from './params';
export { configOf, ringOf } from './kvContext';
export { describeStore, kvContextOf, kvStoreOf } from './looks';
export { kvProfile, legRates, LEG_OF } from './legs';
export { placement, preferenceList, keyPoint, ownership, type Ring } from './ring';
export {
  binByTime,
  measureStaleness,
  StalenessMeter,
  stalenessMetrics,
  type ReadSample,
  type StalenessBin,
} from './staleness';
export type { KvContext, KvConfig } from './kvTypes';
