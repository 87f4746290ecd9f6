'use client';
/** How the harvest-yield cluster is drawn in the sandbox and the embed. */
import type { SandboxView } from '../Sandbox';
import { harvestTopology } from './harvestTopology';
import { LoadOverlay } from './LoadOverlay';

export const harvestView: SandboxView = {
  topology: harvestTopology,
  overlay: (snapshot, positions, radius) => (
    <LoadOverlay snapshot={snapshot} positions={positions} radius={radius} />
  ),
  // Hundreds of queries a second are thousands of messages: the meters tell it better.
  spaceTime: false,
};
