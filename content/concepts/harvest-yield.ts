import type { Concept } from './concept';

export const harvestYield: Concept = {
  id: 'harvest-yield',
  title: 'Harvest and yield',
  lesson: {
    mdx: 'content/harvest-yield.mdx',
    widgets: 'components/widgets/lesson/HarvestYieldWidgets.tsx',
  },
  scenario: 'sim/scenarios/harvest-yield/',
  sandbox: {
    title: 'Harvest and yield: a sharded service',
    description:
      'A front end and machines holding partitions of the data. Crash a machine or overload the service, and watch the meters choose: answer fewer queries (yield) or answer with less of the data (harvest).',
    widget: 'components/widgets/play/HarvestYieldSandbox.tsx',
  },
  embed: {
    title: 'Harvest and yield: a sharded service',
    description:
      'A front end and machines holding partitions of the data, with live meters of yield, harvest, DQ and latency.',
    widget: 'components/widgets/EmbedHarvestYield.tsx',
  },
  formerIds: [],
};
