'use client';
/** What a failure-detector cluster shows besides its nodes: timers, counters, timers in words. */
import type { LessonDecor } from '../ClusterWidget';
import { DetectorCounters } from './DetectorCounters';
import { TimerBars } from './TimerBars';
import { TimerList } from './TimerList';

export const detectorDecor: LessonDecor = {
  overlay: (store, positions, radius) => (
    <TimerBars store={store} positions={positions} radius={radius} />
  ),
  aside: (store, snapshot, label) => (
    <>
      <DetectorCounters store={store} snapshot={snapshot} label={label} />
      <TimerList store={store} label={label} />
    </>
  ),
};
