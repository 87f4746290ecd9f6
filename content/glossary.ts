/**
 * The glossary: short definitions of the words the lessons use, at `/glossary/`, each
 * with an anchor. A lesson links a term at its first use with `<Term id="…">`, and
 * content/glossary.test.ts checks that it does. Pure data.
 */

export interface GlossaryEntry {
  /** The anchor: `/glossary/#<id>`. Lower case, hyphens. */
  readonly id: string;
  /** The term as the glossary lists it. */
  readonly term: string;
  /** One to three plain sentences. */
  readonly definition: string;
  /**
   * How the term shows up in lesson prose, to find its first use. `null` for a word too
   * common in ordinary English to find by pattern ("term", "yield"): link it by hand.
   */
  readonly pattern: RegExp | null;
  /** Other entries worth reading next. */
  readonly related?: readonly string[];
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'anti-entropy',
    term: 'anti-entropy',
    definition:
      'A background job in which replicas compare what they store, often by exchanging hashes of key ranges, and copy over whatever the other side is missing. It repairs data that no one has read lately, which read repair never touches.',
    pattern: /\banti-entropy\b/i,
    related: ['read-repair', 'hinted-handoff'],
  },
  {
    id: 'cap',
    term: 'CAP',
    definition:
      'The theorem (Brewer’s conjecture, proved by Gilbert and Lynch in 2002) that while the network is partitioned, a replicated store cannot be both consistent (linearizable) and available (every request to a live replica answered). It must give up one for as long as the partition lasts.',
    pattern: /\bCAP\b/,
    related: ['linearizable', 'partition'],
  },
  {
    id: 'clock-skew',
    term: 'clock skew',
    definition:
      'How far apart two machines’ clocks read at the same moment. Skew is why a timestamp from one machine cannot be trusted to order it against an event on another.',
    pattern: /\b(?:clock )?skew(?:ed)?\b/i,
    related: ['last-write-wins', 'vector-clock'],
  },
  {
    id: 'concurrent',
    term: 'concurrent',
    definition:
      'Two events are concurrent when neither happens before the other: no chain of messages leads from one to the other. They need not be simultaneous; what matters is that neither could have known about the other.',
    pattern: /\bconcurren(?:t|cy)\b/i,
    related: ['happens-before', 'vector-clock'],
  },
  {
    id: 'failure-detector',
    term: 'failure detector',
    definition:
      'The part of each node that decides which peers it suspects have failed, usually from heartbeats and timeouts. Its verdicts are guesses: it cannot tell a crashed peer from a slow or cut-off one.',
    pattern: /\bfailure detectors?\b/i,
    related: ['heartbeat', 'timeout'],
  },
  {
    id: 'happens-before',
    term: 'happens-before',
    definition:
      'Lamport’s ordering of events (1978): a happens before b if a comes earlier on the same node, or a sends a message that b receives, or a chain of such steps leads from a to b. It is the only order every observer agrees on.',
    pattern: /\bhappens[- ]before\b/i,
    related: ['concurrent', 'light-cone', 'vector-clock'],
  },
  {
    id: 'harvest',
    term: 'harvest',
    definition:
      'The fraction of the data an answer reflects. A search that skips the shards it cannot reach answers with a harvest below 100 % instead of failing (Fox and Brewer, 1999).',
    pattern: /\bharvest\b/i,
    related: ['yield'],
  },
  {
    id: 'heartbeat',
    term: 'heartbeat',
    definition:
      'A small message a node sends its peers at a regular interval to say that it is still running. Peers that stop receiving them eventually suspect it.',
    pattern: /\bheartbeats?\b/i,
    related: ['failure-detector', 'timeout'],
  },
  {
    id: 'hinted-handoff',
    term: 'hinted handoff',
    definition:
      'When a replica that should take a write is unreachable, another node stores the write with a hint naming its owner, and hands it over once the owner is back.',
    pattern: /\bhinted handoffs?\b/i,
    related: ['sloppy-quorum', 'anti-entropy'],
  },
  {
    id: 'k-staleness',
    term: 'k-staleness',
    definition:
      'A bound on how old a read may be, counted in versions: a read is k-stale if it returns one of the last k written values. PBS gives the probability that a read is within k versions of the latest.',
    pattern: /\bk-stale(?:ness)?\b/i,
    related: ['pbs', 't-visibility'],
  },
  {
    id: 'last-write-wins',
    term: 'last write wins',
    definition:
      'A way to settle conflicting writes: keep the one with the highest timestamp and drop the rest. Simple, but with clock skew it can silently lose a write that came later in real time.',
    pattern: /\blast[- ]write[- ]wins\b/i,
    related: ['sibling', 'clock-skew'],
  },
  {
    id: 'leader',
    term: 'leader',
    definition:
      'The one node, in a leader-based protocol such as Raft, that orders writes for everyone else. When it fails or is cut off, the others must elect a new one, and for a while there may be none.',
    pattern: /\bleaders?\b/i,
    related: ['term', 'quorum'],
  },
  {
    id: 'light-cone',
    term: 'light cone',
    definition:
      'Borrowed from physics: the past light cone of an event is every event that could have influenced it, through some chain of messages. A node can know about an event only if it lies in the past cone of the node’s latest event.',
    pattern: /\blight cones?\b/i,
    related: ['happens-before', 'space-time-diagram'],
  },
  {
    id: 'linearizable',
    term: 'linearizable',
    definition:
      'A history is linearizable if every operation appears to take effect at a single instant between its call and its return, so the replicas behave like a single copy (Herlihy and Wing, 1990). It is the C of CAP.',
    pattern: /\blineari[sz]ab(?:le|ility)\b/i,
    related: ['stale-read', 'cap'],
  },
  {
    id: 'partition',
    term: 'partition',
    definition:
      'A network partition: some nodes can no longer reach others, though each side keeps running. From inside, a partition looks the same as the other side having crashed.',
    pattern: /\bpartition(?:s|ed|ing)?\b/i,
    related: ['cap', 'failure-detector'],
  },
  {
    id: 'pbs',
    term: 'PBS',
    definition:
      'Probabilistically Bounded Staleness (Bailis et al., 2012): instead of asking whether a quorum system can return stale data, ask how likely it is, and for how long after a write.',
    pattern: /\bPBS\b/,
    related: ['t-visibility', 'k-staleness', 'quorum'],
  },
  {
    id: 'quorum',
    term: 'quorum',
    definition:
      'The number of replicas that must answer before an operation counts. With N replicas, a write quorum W and a read quorum R such that R + W > N always overlap, so a read meets at least one replica that has the latest write.',
    pattern: /\bquorums?\b/i,
    related: ['sloppy-quorum', 'pbs'],
  },
  {
    id: 'raft',
    term: 'Raft',
    definition:
      'A consensus protocol (Ongaro and Ousterhout, 2014): nodes elect a leader for a numbered term, the leader appends every write to a log, and an entry counts once a majority has stored it.',
    pattern: /\bRaft\b/,
    related: ['leader', 'term', 'quorum'],
  },
  {
    id: 'read-repair',
    term: 'read repair',
    definition:
      'When a read collects answers from several replicas and some are out of date, the coordinator writes the newest value back to them. Data that is read often is repaired quickly; data that is never read is not repaired at all.',
    pattern: /\bread repairs?\b/i,
    related: ['anti-entropy', 'quorum'],
  },
  {
    id: 'sibling',
    term: 'sibling',
    definition:
      'One of several values a store keeps for a key when writes conflict and it will not choose between them. The next reader gets all of them and must merge them.',
    pattern: /\bsiblings?\b/i,
    related: ['last-write-wins', 'vector-clock'],
  },
  {
    id: 'sloppy-quorum',
    term: 'sloppy quorum',
    definition:
      'A quorum that may count any reachable nodes, not only the key’s own replicas, so writes succeed during a partition. It keeps the store available at the cost of the overlap that made quorums consistent.',
    pattern: /\bsloppy quorums?\b/i,
    related: ['quorum', 'hinted-handoff'],
  },
  {
    id: 'space-time-diagram',
    term: 'space-time diagram',
    definition:
      'A drawing with one line per node and time running along it, and an arrow for each message from its sending to its delivery. Lamport used them to reason about happens-before.',
    pattern: /\bspace-time diagrams?\b/i,
    related: ['happens-before', 'light-cone'],
  },
  {
    id: 'stale-read',
    term: 'stale read',
    definition:
      'A read that returns an older value than one a completed write had already stored. A linearizable store never gives one.',
    pattern: /\bstale reads?\b/i,
    related: ['linearizable', 't-visibility'],
  },
  {
    id: 't-visibility',
    term: 't-visibility',
    definition:
      'How long after a write completes a read is likely to see it: PBS gives, for each time t, the probability that a read started t after the write returns it or something newer.',
    pattern: /\bt-visib(?:le|ility)\b/i,
    related: ['pbs', 'k-staleness'],
  },
  {
    id: 'term',
    term: 'term',
    definition:
      'In Raft, a numbered period with at most one leader. Each election starts a new term, and a node that hears of a higher term steps down, so an old leader cannot keep acting after it has been replaced.',
    pattern: null,
    related: ['raft', 'leader'],
  },
  {
    id: 'timeout',
    term: 'timeout',
    definition:
      'How long a node waits before it gives up on something: a reply, or the next heartbeat from a peer. Short timeouts notice failures quickly and raise more false alarms; long ones the reverse.',
    pattern: /\btimeouts?\b/i,
    related: ['heartbeat', 'failure-detector'],
  },
  {
    id: 'vector-clock',
    term: 'vector clock',
    definition:
      'A counter per node, carried in every message and merged on receipt. Comparing two events’ vectors tells whether one happened before the other or the two are concurrent, without trusting any wall clock.',
    pattern: /\bvector clocks?\b/i,
    related: ['happens-before', 'concurrent'],
  },
  {
    id: 'yield',
    term: 'yield',
    definition:
      'The fraction of requests that get an answer at all. Fox and Brewer proposed trading harvest for yield: answer more requests, each with part of the data.',
    pattern: null,
    related: ['harvest'],
  },
];

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

/** The entry for `id`; throws on an unknown id so a typo fails the build. */
export function glossaryEntry(id: string): GlossaryEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`<Term id="${id}">: no such glossary entry in content/glossary.ts`);
  return entry;
}
