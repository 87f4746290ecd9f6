'use client';
/**
 * What the detector costs, live: how many suspicions were false (of a peer that had not
 * crashed) and, after a crash, how long each survivor took to suspect it.
 */
import { useMemo } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { detectorMetrics } from '@/sim/scenarios/failure-detection/metrics';
import { describeSeconds as seconds } from '@/sim/core';
import styles from './failure.module.css';

export function DetectorCounters({
  store,
  snapshot,
  label,
}: {
  store: PlayerStore;
  snapshot: PlayerSnapshot;
  label: string;
}) {
  // Recomputed when the player publishes (a few times a second), not every frame.
  const metrics = useMemo(
    () => detectorMetrics(store.sim.trace, store.sim.nodeIds, store.sim.traceEnd),
    [store, snapshot], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const crash = metrics.crashes.at(-1);
  const waiting = crash?.detections.filter((d) => d.delay === null).map((d) => d.observer) ?? [];
  return (
    <dl className={styles.counters} aria-label={`${label}: counters`}>
      <div
        title="Suspicions of a peer that had not crashed: it was slow, cut off or unlucky"
        data-nonzero={metrics.falseSuspicions > 0 || undefined}
      >
        <dt>False suspicions</dt>
        <dd>
          {metrics.falseSuspicions}
          <small>of {metrics.suspicions} suspicions</small>
        </dd>
      </div>
      <div title="From the crash until each survivor suspected the crashed node for good">
        <dt>{crash ? `Detecting ${crash.peer}'s crash` : 'Detection delay'}</dt>
        <dd>
          {crash && crash.maxDelay !== null ? seconds(crash.maxDelay) : '–'}
          <small>
            {!crash
              ? 'no crash yet'
              : crash.maxDelay !== null
                ? `slowest; ${crash.detections.map((d) => `${d.observer} ${seconds(d.delay!)}`).join(', ')}`
                : `waiting for ${waiting.join(', ')}`}
          </small>
        </dd>
      </div>
    </dl>
  );
}
