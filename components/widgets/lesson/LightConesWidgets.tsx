'use client';
/**
 * The widgets of the light-cones lesson: the cluster on its line, alone or with its
 * space-time diagram, and the vector-clock exercise.
 */
import { mutualVisibility } from '@/sim/scenarios/light-cones/scenario';
import { SpaceTimeView } from '@/components/viz/spacetime/SpaceTimeView';
import { BeforePlay } from '../BeforePlay';
import { lessonWidgets } from '../ClusterWidget';
import { lineView } from '../lightcone/lineView';
import { ClockExercise as Exercise, type ClockExerciseProps } from '../lightcone/ClockExercise';

const widgets = lessonWidgets(
  mutualVisibility,
  (store, snapshot, label, linked) => (
    <BeforePlay store={store} snapshot={snapshot} fills="The diagram draws itself">
      <SpaceTimeView store={store} snapshot={snapshot} label={label} {...linked} />
    </BeforePlay>
  ),
  { view: lineView },
);
export const ClusterWidget = widgets.ClusterWidget;
export const SpaceTimeWidget = widgets.SpaceTimeWidget;

/** A vector-clock exercise on a run of this lesson's scenario. */
export function ClockExercise(props: ClockExerciseProps) {
  return <Exercise scenario={mutualVisibility} props={props} />;
}
