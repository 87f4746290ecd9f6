'use client';
/** The meters of one run: the readout and the charts. */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { machineIds } from '@/sim/scenarios/harvest-yield/params';
import { MeterCharts, type ChartName } from './MeterCharts';
import { MeterReadout } from './MeterReadout';
import { useMeterSeries } from './useMeterSeries';
import styles from './harvest.module.css';

export function HarvestMeters({
  store,
  snapshot,
  label = 'Meters',
  charts,
  dense = false,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  label?: string;
  /** Which charts to draw (all by default; none for an empty list). */
  charts?: readonly ChartName[];
  /** Tighter rows and shorter charts, for a slide. */
  dense?: boolean;
}) {
  const meters = useMeterSeries(store, snapshot);
  const params = store.sim.paramsNow;
  return (
    <section
      className={dense ? `${styles.meters} ${styles.dense}` : styles.meters}
      aria-label={label}
    >
      <MeterReadout label={label} window={meters.window} whole={meters.whole} />
      {charts?.length !== 0 && (
        <MeterCharts
          {...(charts ? { only: charts } : {})}
          samples={meters.samples}
          deadline={Number(params.deadline)}
          limit={params.queue === 'bounded' ? Number(params.limit) : null}
          machines={machineIds(params)}
        />
      )}
    </section>
  );
}
