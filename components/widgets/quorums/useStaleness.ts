'use client';
/**
 * The live staleness of a run: one StalenessMeter per player, fed the trace entries added
 * since the last coarse snapshot (a few times a second), so measuring costs about the new
 * requests, not the whole run. A seek back or a fork is noticed by the meter, which then
 * reads the trace again from the start.
 */
import { useMemo, useRef } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { StalenessMeter, type ReadSample } from '@/sim/scenarios/quorums/staleness';

export interface StalenessState {
  readonly samples: readonly ReadSample[];
  readonly stale: number;
  /** Requests refused for want of a quorum. */
  readonly refused: number;
}

export function useStaleness(store: PlayerStore, snapshot: PlayerSnapshot): StalenessState {
  const meter = useRef<StalenessMeter | null>(null);
  return useMemo(() => {
    meter.current ??= new StalenessMeter();
    meter.current.update(store.sim.trace, store.sim.traceEnd);
    const samples = [...meter.current.samples];
    const stale = samples.filter((sample) => !sample.consistent).length;
    return { samples, stale, refused: meter.current.refused };
  }, [store, snapshot]); // eslint-disable-line react-hooks/exhaustive-deps
}
