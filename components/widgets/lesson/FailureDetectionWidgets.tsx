'use client';
/** The widgets of the failure-detection lesson. */
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { lessonWidgets } from '../ClusterWidget';

const widgets = lessonWidgets(failureDetector);
export const ClusterWidget = widgets.ClusterWidget;
