/**
 * Which widgets exist, for the /play and /embed routes and the home page. A new concept
 * adds its entry here, next to its widget. Data only: pages that import this stay
 * server components. Each sandbox and embed also has its own route folder,
 * `app/(site)/play/<id>/` or `app/embed/<id>/`, whose page imports only that widget's
 * code (registry.test.ts checks that folders and entries match).
 */
export interface WidgetEntry {
  /** Stable, kebab-case: it appears in URLs. */
  readonly id: string;
  readonly scenario: string;
  readonly title: string;
  readonly description: string;
}

export const sandboxes: readonly WidgetEntry[] = [
  {
    id: 'failure-detection',
    scenario: 'failure-detection',
    title: 'Failure detector',
    description:
      'Heartbeats and timeouts. Crash nodes, cut the network, slow a link, and watch who suspects whom.',
  },
  {
    id: 'cap',
    scenario: 'cap',
    title: 'Replicated register: CP or AP',
    description:
      'A register on five replicas. Cut the network and choose: refuse without a majority (CP), or answer anyway and risk stale or lost data (AP). Every history is checked for linearizability.',
  },
  {
    id: 'light-cones',
    scenario: 'light-cones',
    title: 'The soldier and the sniper',
    description:
      'Two shots, nearly at once, seen by observers at different distances. Who fired first depends on where you stand.',
  },
  {
    id: 'quorums',
    scenario: 'quorums',
    title: 'Quorums: N, R and W',
    description:
      'A Dynamo-style store on a hash ring. Choose N, R and W, cut the network, turn sloppy quorums, read repair and anti-entropy on and off, and watch stale reads measured live against the PBS prediction.',
  },
  {
    id: 'harvest-yield',
    scenario: 'harvest-yield',
    title: 'Harvest and yield: a sharded service',
    description:
      'A front end and machines holding partitions of the data. Crash a machine or overload the service, and watch the meters choose: answer fewer queries (yield) or answer with less of the data (harvest).',
  },
];

export const embeds: readonly WidgetEntry[] = [
  sandboxes[0]!,
  {
    id: 'cap',
    scenario: 'cap',
    title: 'CAP: CP and AP side by side',
    description:
      'The same partition and workload against a CP register and an AP register, with live counters and checked histories.',
  },
  {
    id: 'light-cones',
    scenario: 'light-cones',
    title: 'Light cones: the soldier and the sniper',
    description: 'A live space-time diagram: select an event to shade its causal past and future.',
  },
  {
    id: 'quorums',
    scenario: 'quorums',
    title: 'Quorums: stale reads, measured and predicted',
    description:
      'A Dynamo-style store beside its live staleness chart: the reads measured on the running cluster over the PBS prediction for the same N, R, W and latencies.',
  },
  {
    id: 'harvest-yield',
    scenario: 'harvest-yield',
    title: 'Harvest and yield: a sharded service',
    description:
      'A front end and machines holding partitions of the data, with live meters of yield, harvest, DQ and latency.',
  },
];

/** The path of the embed that shows `scenario`, or null if none does. */
export function embedPathFor(scenario: string): string | null {
  const entry = embeds.find((candidate) => candidate.scenario === scenario);
  return entry ? `/embed/${entry.id}/` : null;
}

/** The entry with this id; throws, failing the build, if a route names one that is missing. */
export function requireEntry(list: readonly WidgetEntry[], id: string): WidgetEntry {
  const entry = list.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No widget called "${id}" in components/widgets/registry.ts`);
  return entry;
}
