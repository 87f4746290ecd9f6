'use client';
/** How the failure-detector cluster is drawn in the sandbox and the embed: with its timers. */
import type { SandboxView } from '../Sandbox';
import { TimerBars } from './TimerBars';

export const detectorView: SandboxView = {
  overlay: (_snapshot, positions, radius, _params, store) => (
    <TimerBars store={store} positions={positions} radius={radius} />
  ),
};
