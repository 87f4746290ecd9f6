'use client';
/** What the cap sandbox adds below the common controls. */
import type { ExtrasProps } from '../Sandbox';
import { CapCounters } from './CapCounters';
import { HistoryChecker } from './HistoryChecker';
import { LiveHistory } from './LiveHistory';
import { RequestPanel } from './RequestPanel';

export function CapExtras({ store, snapshot }: ExtrasProps) {
  return (
    <>
      <RequestPanel store={store} snapshot={snapshot} />
      <CapCounters store={store} snapshot={snapshot} label="This run" />
      <LiveHistory store={store} snapshot={snapshot} title="Client history" />
      <HistoryChecker />
    </>
  );
}
