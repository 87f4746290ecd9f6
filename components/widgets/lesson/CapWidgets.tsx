'use client';
/**
 * The widgets of the CAP lesson (CP and AP side by side is `CapSideBySide`). A single
 * cluster, such as the mixed mode's, shows the same counters and checked client history
 * as each side of the pair.
 */
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { lessonWidgets } from '../ClusterWidget';
import { CapCounters } from '../cap/CapCounters';
import { LiveHistory } from '../cap/LiveHistory';

const widgets = lessonWidgets(capRegister, undefined, {
  extras: (store, snapshot, label) => (
    <>
      <CapCounters store={store} snapshot={snapshot} label={label} />
      <LiveHistory store={store} snapshot={snapshot} title={`${label}: client history`} />
    </>
  ),
});
export const ClusterWidget = widgets.ClusterWidget;
