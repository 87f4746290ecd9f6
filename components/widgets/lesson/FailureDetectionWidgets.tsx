'use client';
/** The widgets of the failure-detection lesson. */
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { lessonWidgets } from '../ClusterWidget';
import { detectorDecor } from '../failure/detectorDecor';

const widgets = lessonWidgets(failureDetector, undefined, detectorDecor);
export const ClusterWidget = widgets.ClusterWidget;
export { TimeoutSideBySide } from '../failure/TimeoutSideBySide';
