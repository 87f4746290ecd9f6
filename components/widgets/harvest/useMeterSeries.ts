'use client';
/**
 * The meters of a harvest-and-yield run, kept current as the player publishes: one
 * MeterSeries per run reads the trace from where it stopped, and starts over when the
 * run went back in time or forked (the trace's epoch moved).
 */
import { useMemo, useRef } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import type { Reading } from '@/sim/scenarios/harvest-yield/meters';
import { layoutOf } from '@/sim/scenarios/harvest-yield/params';
import { MeterSeries, type Sample } from '@/sim/scenarios/harvest-yield/series';

export interface Meters {
  readonly samples: readonly Sample[];
  /** Over the sliding window that ends now. */
  readonly window: Reading;
  readonly whole: Reading;
  readonly queues: readonly number[];
}

interface Kept {
  readonly series: MeterSeries;
  readonly epoch: number;
}

export function useMeterSeries(store: PlayerStore, snapshot: PlayerSnapshot): Meters {
  const kept = useRef<Kept | null>(null);
  return useMemo(() => {
    const sim = store.sim;
    const now = sim.now;
    let current = kept.current;
    const last = current?.series.samples.at(-1);
    if (
      !current ||
      current.epoch !== sim.trace.epoch ||
      sim.traceEnd < current.series.cursor ||
      (last !== undefined && last.t > now)
    ) {
      current = {
        series: new MeterSeries(layoutOf(sim.paramsNow).machines),
        epoch: sim.trace.epoch,
      };
      kept.current = current;
    }
    const series = current.series;
    series.read(sim.trace, sim.traceEnd, now);
    return {
      samples: series.samples.slice(),
      window: series.windowAt(now),
      whole: series.wholeRun(now),
      queues: series.queues(),
    };
  }, [store, snapshot]); // eslint-disable-line react-hooks/exhaustive-deps
}
