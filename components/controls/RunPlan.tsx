'use client';
/**
 * Under a timeline with an end (a lesson widget's `until`), until the run starts: what
 * Play will show, e.g. "Play runs 9 s: n3 crashes at 3 s." (runPlan.ts).
 */
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { describePlan } from '@/components/player/runPlan';
import styles from './controls.module.css';

export function RunPlan({ store, snapshot }: { store: PlayerStore; snapshot: PlayerSnapshot }) {
  if (store.stopAt === null || snapshot.now > 0 || snapshot.playing) return null;
  return <p className={styles.plan}>{describePlan(snapshot.commands, store.stopAt)}</p>;
}
