import type { Concept } from './concept';

export const lightCones: Concept = {
  id: 'light-cones',
  title: 'Light cones',
  lesson: {
    mdx: 'content/light-cones.mdx',
    widgets: 'components/widgets/lesson/LightConesWidgets.tsx',
  },
  scenario: 'sim/scenarios/light-cones/',
  sandbox: {
    title: 'Light cones: the soldier and the sniper',
    description:
      'Two shots, nearly at once, seen by observers at different distances. Who fired first depends on where you stand.',
    widget: 'components/widgets/play/LightConesSandbox.tsx',
  },
  embed: {
    title: 'Light cones: the soldier and the sniper',
    description: 'A live space-time diagram: select an event to shade its causal past and future.',
    widget: 'components/widgets/EmbedLightCones.tsx',
  },
  formerIds: ['mutual-visibility', 'light-cone'],
};
