'use client';
/** The widgets of the CAP lesson (CP and AP side by side is `CapSideBySide`). */
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { lessonWidgets } from '../ClusterWidget';

const widgets = lessonWidgets(capRegister);
export const ClusterWidget = widgets.ClusterWidget;
