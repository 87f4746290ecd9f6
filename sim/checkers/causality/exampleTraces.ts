/**
 * Small hand-built traces: the canonical shapes of causality. Tests use them, and
 * lessons can too. Times are virtual microseconds.
 */
import { buildEventGraph, type EventGraph } from './eventGraph';

/** a → b → c: a relay. Every event happens before every later one. */
export const chainTrace: EventGraph = buildEventGraph(
  ['a', 'b', 'c'],
  [
    { host: 'a', kind: 'send', label: 'send m1 to b', messageId: 1, time: 0 },
    { host: 'b', kind: 'receive', label: 'receive m1 from a', messageId: 1, time: 100 },
    { host: 'b', kind: 'send', label: 'send m2 to c', messageId: 2, time: 150 },
    { host: 'c', kind: 'receive', label: 'receive m2 from b', messageId: 2, time: 300 },
  ],
);

/** One sender forks work to two hosts, which then act without talking to each other. */
export const forkTrace: EventGraph = buildEventGraph(
  ['root', 'left', 'right'],
  [
    { host: 'root', kind: 'send', label: 'send job to left', messageId: 1, time: 0 },
    { host: 'root', kind: 'send', label: 'send job to right', messageId: 2, time: 10 },
    { host: 'left', kind: 'receive', label: 'receive job from root', messageId: 1, time: 200 },
    { host: 'right', kind: 'receive', label: 'receive job from root', messageId: 2, time: 220 },
    { host: 'left', kind: 'local', label: 'finish job', time: 400 },
    { host: 'right', kind: 'local', label: 'finish job', time: 500 },
  ],
);

/**
 * The soldier and the sniper: each fires and tells the other. Both shots are
 * concurrent; neither can know who fired first.
 */
export const concurrentSendsTrace: EventGraph = buildEventGraph(
  ['soldier', 'sniper'],
  [
    { host: 'soldier', kind: 'send', label: 'fire', messageId: 1, time: 1_000_000 },
    { host: 'sniper', kind: 'send', label: 'fire', messageId: 2, time: 1_000_000 },
    { host: 'soldier', kind: 'receive', label: 'hear sniper', messageId: 2, time: 1_200_000 },
    { host: 'sniper', kind: 'receive', label: 'hear soldier', messageId: 1, time: 1_300_000 },
  ],
);

/** A message that never arrives: the receiver's later events stay concurrent with it. */
export const lostMessageTrace: EventGraph = buildEventGraph(
  ['n1', 'n2'],
  [
    { host: 'n1', kind: 'local', label: 'become leader', time: 0 },
    { host: 'n1', kind: 'send', label: 'send heartbeat to n2', messageId: 1, time: 100 },
    { host: 'n2', kind: 'local', label: 'election timeout', time: 900 },
    { host: 'n2', kind: 'local', label: 'become candidate', time: 901 },
  ],
);

/** A message delivered twice, as a network that retries may do. */
export const duplicatedMessageTrace: EventGraph = buildEventGraph(
  ['client', 'server'],
  [
    { host: 'client', kind: 'send', label: 'send write x=1', messageId: 1, time: 0 },
    { host: 'server', kind: 'local', label: 'start', time: 50 },
    { host: 'server', kind: 'receive', label: 'receive write x=1', messageId: 1, time: 100 },
    { host: 'server', kind: 'receive', label: 'receive write x=1 again', messageId: 1, time: 250 },
    { host: 'client', kind: 'local', label: 'give up', time: 300 },
  ],
);

/**
 * Events that do two things at once, as real logs have them: a asks b and c, b relays
 * the ask to c in the very event that receives it, and c merges both messages in one
 * step. No times: as an imported ShiViz log, it is laid out by Lamport clock.
 */
export const relayAndMergeTrace: EventGraph = buildEventGraph(
  ['a', 'b', 'c'],
  [
    { host: 'a', kind: 'send', label: 'ask b', messageId: 1 },
    { host: 'b', kind: 'send', label: 'relay', messageId: 2, receives: [1] },
    { host: 'a', kind: 'send', label: 'ask c', messageId: 3 },
    { host: 'c', kind: 'receive', label: 'merge', messageId: 2, receives: [3] },
  ],
);
