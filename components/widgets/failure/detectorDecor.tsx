'use client';
/** What a failure-detector cluster shows besides its nodes: timers, counters, timers in words. */
import type { ReactNode } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import type { LessonWidgetOptions } from '../ClusterWidget';
import { DetectorCounters } from './DetectorCounters';
import { TimerList } from './TimerList';
import { detectorView } from './detectorView';

/** The counters and the timers in words, under a failure-detector cluster. */
export function detectorAside(
  store: PlayerStore,
  snapshot: PlayerSnapshot,
  label: string,
): ReactNode {
  return (
    <>
      <DetectorCounters store={store} snapshot={snapshot} label={label} />
      <TimerList store={store} label={label} />
    </>
  );
}

export const detectorDecor: LessonWidgetOptions = { view: detectorView, extras: detectorAside };
