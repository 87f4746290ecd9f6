'use client';
/** How the light-cone cluster is drawn everywhere: on its line, with a distance axis. */
import type { SandboxView } from '../Sandbox';
import { lineTopology } from './lineLayout';
import { LineAxis } from './LineAxis';

export const lineView: SandboxView = {
  topology: (params) => lineTopology(params),
  overlay: (_snapshot, _positions, radius, params) => <LineAxis params={params} radius={radius} />,
};
