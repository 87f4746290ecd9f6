'use client';
/**
 * Panels a scenario's sandbox adds below the common controls, by scenario id. A new
 * concept that needs more than the cluster adds its panel here.
 */
import type { ComponentType } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { CapCounters } from './cap/CapCounters';
import { HistoryChecker } from './cap/HistoryChecker';
import { LiveHistory } from './cap/LiveHistory';
import { RequestPanel } from './cap/RequestPanel';

export interface ExtrasProps {
  readonly store: PlayerStore;
  readonly snapshot: PlayerSnapshot;
}

function CapRegisterExtras({ store, snapshot }: ExtrasProps) {
  return (
    <>
      <RequestPanel store={store} snapshot={snapshot} />
      <CapCounters store={store} snapshot={snapshot} label="This run" />
      <LiveHistory store={store} snapshot={snapshot} title="Client history" />
      <HistoryChecker />
    </>
  );
}

export const sandboxExtras: Readonly<Record<string, ComponentType<ExtrasProps>>> = {
  'cap-register': CapRegisterExtras,
};
