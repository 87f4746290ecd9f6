import type { Concept } from './concept';

export const quorums: Concept = {
  id: 'quorums',
  title: 'Quorums',
  lesson: { mdx: 'content/quorums.mdx', widgets: 'components/widgets/lesson/QuorumsWidgets.tsx' },
  scenario: 'sim/scenarios/quorums/',
  sandbox: {
    title: 'Quorums: N, R and W',
    description:
      'A Dynamo-style store on a hash ring. Choose N, R and W, cut the network, turn sloppy quorums, read repair and anti-entropy on and off, and watch stale reads measured live against the PBS prediction.',
    widget: 'components/widgets/play/QuorumsSandbox.tsx',
  },
  embed: {
    title: 'Quorums: stale reads, measured and predicted',
    description:
      'A Dynamo-style store beside its live staleness chart: the reads measured on the running cluster over the PBS prediction for the same N, R, W and latencies.',
    widget: 'components/widgets/EmbedQuorums.tsx',
  },
  formerIds: ['quorum-kv', 'quorum'],
};
