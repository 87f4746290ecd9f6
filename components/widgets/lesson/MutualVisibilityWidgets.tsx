'use client';
/** The widgets of the light-cones lesson: the cluster, alone or with its space-time diagram. */
import { mutualVisibility } from '@/sim/scenarios/mutual-visibility/scenario';
import { SpaceTimeView } from '@/components/viz/spacetime/SpaceTimeView';
import { BeforePlay } from '../BeforePlay';
import { lessonWidgets } from '../ClusterWidget';

const widgets = lessonWidgets(mutualVisibility, (store, snapshot, label, linked) => (
  <BeforePlay store={store} snapshot={snapshot} fills="The diagram draws itself">
    <SpaceTimeView store={store} snapshot={snapshot} label={label} {...linked} />
  </BeforePlay>
));
export const ClusterWidget = widgets.ClusterWidget;
export const SpaceTimeWidget = widgets.SpaceTimeWidget;
