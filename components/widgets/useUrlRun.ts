'use client';
/**
 * A run that lives in the URL. Read once when the page opens (with a specific message
 * for anything that could not be used), then kept in the address bar as the run changes,
 * so a reload or a shared link restores it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '@/sim/core';
import { readRunState, writeRunState, type RunState } from '@/components/player/urlState';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';

/** While playing or seeking, the address bar is refreshed at most this often (browsers rate-limit it). */
const URL_WRITE_MS = 2000;

export function useInitialRun(
  scenario: Scenario,
  search: string,
): { state: RunState; errors: string[] } {
  const [initial] = useState(() => readRunState(scenario, new URLSearchParams(search)));
  return initial;
}

/** Query string for the run as it is now. */
export function currentQuery(
  scenario: Scenario,
  store: PlayerStore,
  base: Pick<RunState, 'seed' | 'params'>,
  extra = '',
): string {
  const query = writeRunState(scenario, {
    ...base,
    commands: store.sim.commands,
    t: store.sim.now,
  });
  return extra ? `${query}&${extra}` : query;
}

/** Keeps the address bar in step with the run. `extra` carries embed options through. */
export function useSyncUrl(
  scenario: Scenario,
  store: PlayerStore,
  snapshot: PlayerSnapshot,
  base: Pick<RunState, 'seed' | 'params'>,
  extra = '',
): void {
  const lastWrite = useRef(0);
  const lastCommands = useRef(snapshot.commands);
  useEffect(() => {
    const wall = performance.now();
    const commandsChanged = lastCommands.current !== snapshot.commands;
    const moving = snapshot.playing || snapshot.seeking !== null;
    if (moving && !commandsChanged && wall - lastWrite.current < URL_WRITE_MS) return;
    lastWrite.current = wall;
    lastCommands.current = snapshot.commands;
    const query = currentQuery(scenario, store, base, extra);
    if (window.location.search !== `?${query}`)
      window.history.replaceState(window.history.state, '', `?${query}`);
  }, [scenario, store, snapshot, base, extra]);
}
