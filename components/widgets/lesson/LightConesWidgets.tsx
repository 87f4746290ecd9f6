'use client';
/** The widgets of the light-cones lesson: the cluster, alone or with its space-time diagram. */
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { SpaceTimeView } from '@/components/viz/spacetime/SpaceTimeView';
import { lessonWidgets } from '../ClusterWidget';

const widgets = lessonWidgets(mutualVisibility, (store, snapshot, label, linked) => (
  <SpaceTimeView store={store} snapshot={snapshot} label={label} {...linked} />
));
export const ClusterWidget = widgets.ClusterWidget;
export const SpaceTimeWidget = widgets.SpaceTimeWidget;
