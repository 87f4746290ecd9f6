'use client';
/**
 * The deciding moment of a <Predict> on a widget's timeline: a mark on the track at that
 * time (`DecidingTick`, among the command ticks) and, under the timeline, its time and
 * label in words (`DecidingLabel`). Drawn once the run has reached it (before, the label
 * would give the answer away); nothing outside a <Predict>.
 */
import { describeTime } from '@/sim/core';
import { useDecidingMarker } from './PredictContext';
import type { GatedRun } from './predictGate';
import styles from './lesson.module.css';

export function DecidingTick({ run, span }: { run: GatedRun; span: number }) {
  const marker = useDecidingMarker(run);
  if (!marker) return null;
  const left = `${Math.min(100, (marker.at / Math.max(1, span)) * 100)}%`;
  return <span className={styles.markerTick} style={{ left }} />;
}

export function DecidingLabel({ run }: { run: GatedRun }) {
  const marker = useDecidingMarker(run);
  if (!marker) return null;
  return (
    <p className={styles.markerLabel}>
      <span className={styles.markerKey} aria-hidden="true" />
      Deciding moment, {describeTime(marker.at)}: {marker.label}
    </p>
  );
}
