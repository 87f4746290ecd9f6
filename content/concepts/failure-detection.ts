import type { Concept } from './concept';

export const failureDetection: Concept = {
  id: 'failure-detection',
  title: 'Failure detection',
  lesson: {
    mdx: 'content/failure-detection.mdx',
    widgets: 'components/widgets/lesson/FailureDetectionWidgets.tsx',
  },
  scenario: 'sim/scenarios/failure-detection/',
  sandbox: {
    title: 'Failure detector',
    description:
      'Heartbeats and timeouts. Crash nodes, cut the network, slow a link, and watch who suspects whom.',
    widget: 'components/widgets/play/FailureDetectionSandbox.tsx',
  },
  embed: {
    title: 'Failure detector',
    description:
      'Heartbeats and timeouts. Crash nodes, cut the network, slow a link, and watch who suspects whom.',
    widget: 'components/widgets/EmbedFailureDetection.tsx',
  },
  formerIds: ['failure-detector'],
};
