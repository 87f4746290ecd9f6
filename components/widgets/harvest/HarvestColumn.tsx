'use client';
/**
 * One harvest-and-yield run in a lesson or an embed: its force-laid cluster with each
 * machine's load, and its meters. Transport controls live with whoever owns the run.
 */
import { useMemo } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { BeforePlay } from '../BeforePlay';
import { ClusterStage } from '../ClusterStage';
import { HarvestMeters } from './HarvestMeters';
import { harvestTopology } from './harvestTopology';
import { LoadOverlay } from './LoadOverlay';
import type { ChartName } from './MeterCharts';

export function HarvestColumn({
  store,
  snapshot,
  title,
  seed,
  charts = ['quality'],
  faults = true,
  controls = false,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  title: string;
  seed: number;
  charts?: readonly ChartName[];
  faults?: boolean;
  controls?: boolean;
}) {
  const params = store.sim.params;
  const topology = useMemo(() => harvestTopology(params, seed), [params, seed]);
  return (
    <>
      <ClusterStage
        store={store}
        snapshot={snapshot}
        label={`${title}: cluster`}
        controls={controls}
        faults={faults}
        narration={faults}
        compact
        topology={topology}
        overlay={(positions, radius) => (
          <LoadOverlay snapshot={snapshot} positions={positions} radius={radius} />
        )}
      />
      <BeforePlay store={store} snapshot={snapshot} fills="The meters fill in">
        <HarvestMeters
          store={store}
          snapshot={snapshot}
          label={`${title}: meters`}
          charts={charts}
        />
      </BeforePlay>
    </>
  );
}
