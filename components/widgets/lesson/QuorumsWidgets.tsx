'use client';
/**
 * The widgets of the quorums lesson: a live quorums cluster with, under it, the
 * staleness measured so far over the PBS prediction, and the counters.
 */
import { quorumKv } from '@/sim/scenarios/quorums/scenario';
import { lessonWidgets, type ClusterWidgetProps } from '../ClusterWidget';
import { QuorumBelow } from '../quorums/QuorumBelow';

// The label handed down names a space-time diagram; this draws the run as staleness.
const widgets = lessonWidgets(quorumKv, (store, snapshot, label) => (
  <QuorumBelow
    store={store}
    snapshot={snapshot}
    label={label.replace(/: space-time diagram$/, '')}
  />
));

/** A quorum cluster with its staleness chart and counters. */
export function QuorumWidget(props: Omit<ClusterWidgetProps, 'spaceTime'>) {
  return <widgets.ClusterWidget {...props} spaceTime />;
}
