/**
 * Happens-before and logical clocks over a generic event graph. Pure and
 * deterministic: no clock, no randomness, no DOM.
 */
export {
  buildEventGraph,
  hostIndexes,
  hostTimelines,
  receivedMessages,
  sendOfReceive,
  sendsReceivedBy,
  type CausalEvent,
  type EventGraph,
  type EventKind,
  type EventSpec,
} from './eventGraph';
export { validateEventGraph, type GraphIssue } from './validateEventGraph';
export { lamportClocks } from './lamportClocks';
export {
  compareVectorClocks,
  vectorClocks,
  type ClockOrder,
  type VectorClock,
} from './vectorClocks';
export { causalCones, happensBefore, type CausalCone } from './happensBefore';
export { knowledgeFrontier, type KnowledgeFrontier } from './knowledgeFrontier';
export { coneSentence, describeCone } from './describeCone';
// The example traces are built when their module loads, so a bundler cannot drop them
// from a page that imports this index: tests and lessons import './exampleTraces' itself.
