'use client';
/**
 * Beats on a player (see beats.ts): → `.` PageDown play to the next beat and pause there,
 * ← `,` PageUp go back one beat. These keys are taken before the usual step keys
 * (useShortcuts), which then leave them alone; Space, Home and the rest keep their meaning.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { type Scenario, type Micros } from '@/sim/core';
import type { PlayerStore } from '@/components/player/PlayerStore';
import { readQueryValues } from '@/components/player/queryValues';
import { nextBeat, parseBeats, previousBeat, writeBeats } from './beats';

export interface BeatControl {
  readonly beats: readonly Micros[];
  /** Plays to the next beat and pauses there; after the last beat, does nothing. */
  next(): void;
  /** Goes back to the beat before now, or to the start. */
  back(): void;
}

const FORWARD = new Set(['ArrowRight', '.', 'PageDown']);
const BACKWARD = new Set(['ArrowLeft', ',', 'PageUp']);
const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** The `beats` of a URL's query, read once: the times and any problems with them. */
export function useUrlBeats(
  scenario: Pick<Scenario, 'id' | 'maxTime'>,
  search: string,
): { beats: Micros[]; errors: string[]; query: string } {
  const [read] = useState(() => {
    const raw = readQueryValues(new URLSearchParams(search)).get('beats');
    if (raw === null) return { beats: [], errors: [], query: '' };
    const parsed = parseBeats(raw, scenario);
    const query = parsed.beats.length > 0 ? `beats=${writeBeats(parsed.beats)}` : '';
    return { ...parsed, query };
  });
  return read;
}

/**
 * Drives `store` by beats, or returns null when there are none. `start` is where a walk
 * back ends. Play to a beat borrows the store's stop time and gives it back on pausing.
 */
export function useBeats(
  store: PlayerStore,
  beats: readonly Micros[],
  start: Micros,
  scope: 'window' | RefObject<HTMLElement | null>,
): BeatControl | null {
  const control = useMemo<BeatControl | null>(() => {
    if (beats.length === 0) return null;
    // The stop time to give back, and the beat play is heading for (a second press
    // while on the way goes on to the beat after it).
    const base: { stopAt: Micros | null; heading: Micros | null } = {
      stopAt: store.stopAt,
      heading: null,
    };
    return {
      beats,
      next() {
        const from = store.isPlaying && base.heading !== null ? base.heading : store.sim.now;
        const target = nextBeat(beats, from);
        if (target === null) return;
        store.pause();
        base.heading = target;
        base.stopAt = store.stopAt;
        store.stopAt = base.stopAt === null ? target : Math.min(base.stopAt, target);
        store.play();
        // Already there (a stop time before the beat): give the stop time back at once.
        if (!store.isPlaying) store.stopAt = base.stopAt;
        else {
          const unsubscribe = store.subscribe(() => {
            if (store.isPlaying) return;
            store.stopAt = base.stopAt;
            base.heading = null;
            unsubscribe();
          });
        }
      },
      back() {
        store.pause();
        store.seek(previousBeat(beats, store.sim.now, start));
      },
    };
  }, [store, beats, start]);

  useEffect(() => {
    const target: HTMLElement | Window | null = scope === 'window' ? window : scope.current;
    if (!control || !target) return;
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.defaultPrevented || key.altKey || key.ctrlKey || key.metaKey) return;
      const element = key.target as HTMLElement | null;
      if (element && (FORM_FIELDS.has(element.tagName) || element.isContentEditable)) return;
      if (FORWARD.has(key.key)) control.next();
      else if (BACKWARD.has(key.key)) control.back();
      else return;
      key.preventDefault();
    };
    // Capture: before the step keys of useShortcuts, which skip a handled key.
    target.addEventListener('keydown', onKey, { capture: true });
    return () => target.removeEventListener('keydown', onKey, { capture: true });
  }, [control, scope]);
  return control;
}
