/**
 * Which widgets exist, for the /play and /embed routes and the home page. A new concept
 * adds its entry here, next to its widget. Data only: pages that import this stay
 * server components.
 */
export interface WidgetEntry {
  /** Stable, kebab-case: it appears in URLs. */
  readonly id: string;
  readonly scenario: string;
  readonly title: string;
  readonly description: string;
  /** How the embed draws it: one live cluster, or CP and AP side by side. */
  readonly kind: 'cluster' | 'cap-pair' | 'space-time';
}

export const sandboxes: readonly WidgetEntry[] = [
  {
    id: 'failure-detector',
    scenario: 'failure-detector',
    title: 'Failure detector',
    description:
      'Heartbeats and timeouts. Crash nodes, cut the network, slow a link, and watch who suspects whom.',
    kind: 'cluster',
  },
  {
    id: 'cap-register',
    scenario: 'cap-register',
    title: 'Replicated register: CP or AP',
    description:
      'A register on five replicas. Cut the network and choose: refuse without a majority (CP), or answer anyway and risk stale or lost data (AP). Every history is checked for linearizability.',
    kind: 'cluster',
  },
  {
    id: 'mutual-visibility',
    scenario: 'mutual-visibility',
    title: 'The soldier and the sniper',
    description:
      'Two shots, nearly at once, seen by observers at different distances. Who fired first depends on where you stand.',
    kind: 'cluster',
  },
];

export const embeds: readonly WidgetEntry[] = [
  sandboxes[0]!,
  {
    id: 'cap',
    scenario: 'cap-register',
    title: 'CAP: CP and AP side by side',
    description:
      'The same partition and workload against a CP register and an AP register, with live counters and checked histories.',
    kind: 'cap-pair',
  },
  {
    id: 'light-cone',
    scenario: 'mutual-visibility',
    title: 'Light cones: the soldier and the sniper',
    description: 'A live space-time diagram: select an event to shade its causal past and future.',
    kind: 'space-time',
  },
];

export function findEntry(list: readonly WidgetEntry[], id: string): WidgetEntry | undefined {
  return list.find((entry) => entry.id === id);
}
