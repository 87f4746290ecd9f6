'use client';
/** The widgets of the light-cones lesson: the cluster, alone or with its space-time diagram. */
import { mutualVisibility } from '@/sim/scenarios/mutual-visibility/scenario';
import { SpaceTimeView } from '@/components/viz/spacetime/SpaceTimeView';
import { lessonWidgets } from '../ClusterWidget';
import { lineView } from '../lightcone/lineView';

const widgets = lessonWidgets(
  mutualVisibility,
  (store, snapshot, label, linked) => (
    <SpaceTimeView store={store} snapshot={snapshot} label={label} {...linked} />
  ),
  lineView,
);
export const ClusterWidget = widgets.ClusterWidget;
export const SpaceTimeWidget = widgets.SpaceTimeWidget;
