'use client';
/**
 * How the light-cone cluster is drawn everywhere: on its line, with a distance axis, and
 * partitions as cuts between neighbours, and a note over any node whose links are slowed.
 */
import type { SandboxView } from '../Sandbox';
import { lineTopology } from './lineLayout';
import { LineAxis } from './LineAxis';
import { LineMarks } from './LineMarks';

export const lineView: SandboxView = {
  topology: (params) => lineTopology(params),
  overlay: (snapshot, positions, radius, params) => (
    <>
      <LineAxis params={params} radius={radius} />
      <LineMarks network={snapshot.network} positions={positions} radius={radius} />
    </>
  ),
};
