/**
 * Which widgets exist, for the /play and /embed routes and the home page. A new concept
 * adds its entry here, next to its widget.
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
    id: 'failure-detector',
    scenario: 'failure-detector',
    title: 'Failure detector',
    description:
      'Heartbeats and timeouts. Crash nodes, cut the network, slow a link, and watch who suspects whom.',
  },
];

export const embeds: readonly WidgetEntry[] = sandboxes;

export function findEntry(list: readonly WidgetEntry[], id: string): WidgetEntry | undefined {
  return list.find((entry) => entry.id === id);
}
