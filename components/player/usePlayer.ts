'use client';
/** React bindings for a PlayerStore: one store per run, and its coarse snapshots. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Command, Micros, ParamValues, Scenario } from '@/sim/core';
import { PlayerStore, type PlayerSnapshot } from './PlayerStore';

export interface RunSpec {
  readonly scenario: Scenario;
  readonly params: ParamValues;
  readonly seed: number;
  readonly commands: readonly Command[];
  readonly startAt?: Micros;
  readonly stopAt?: Micros;
}

/**
 * Creates the run's store once. The caller remounts (with a `key`) to start a different
 * run. Unmounting only pauses (and stops a seek in slices, which mounting again resumes):
 * under Strict Mode the store may be mounted again.
 */
export function usePlayer(spec: RunSpec): [PlayerStore, PlayerSnapshot] {
  const [store] = useState(() => {
    const created = new PlayerStore(
      spec.scenario,
      spec.params,
      spec.seed,
      spec.commands,
      spec.startAt ?? 0,
    );
    created.stopAt = spec.stopAt ?? null;
    return created;
  });
  useEffect(() => {
    store.attach();
    return () => store.detach();
  }, [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return [store, snapshot];
}

/** Whether the user asked for reduced motion, kept current. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    setReduced(query.matches);
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return reduced;
}
