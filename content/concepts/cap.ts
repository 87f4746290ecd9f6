import type { Concept } from './concept';

export const cap: Concept = {
  id: 'cap',
  title: 'CAP',
  lesson: { mdx: 'content/cap.mdx', widgets: 'components/widgets/lesson/CapWidgets.tsx' },
  scenario: 'sim/scenarios/cap/',
  sandbox: {
    title: 'Replicated register: CP or AP',
    description:
      'A register on five replicas. Cut the network and choose: refuse without a majority (CP), or answer anyway and risk stale or lost data (AP). Every history is checked for linearizability.',
    widget: 'components/widgets/play/CapSandbox.tsx',
  },
  embed: {
    title: 'CAP: CP and AP side by side',
    description:
      'The same partition and workload against a CP register and an AP register, with live counters and checked histories.',
    widget: 'components/widgets/EmbedCap.tsx',
  },
  formerIds: ['cap-register'],
};
