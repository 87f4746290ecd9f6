'use client';
/** Wires the postMessage API (embedApi.ts) to a player, checking where messages come from. */
import { useEffect, useRef } from 'react';
import { clipText, describeTime, type Scenario } from '@/sim/core';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { readEmbedRequest, type EmbedRequest } from './embedApi';
import type { BeatControl } from './useBeats';

function apply(store: PlayerStore, request: EmbedRequest, beats: BeatControl | null): void {
  switch (request.type) {
    case 'beat':
      if (!beats) throw new Error('beat: this widget has no beats; add beats=2s,4.5s to its URL');
      return request.back ? beats.back() : beats.next();
    case 'play':
      return store.play();
    case 'pause':
      return store.pause();
    case 'toggle':
      return store.toggle();
    case 'step':
      return store.stepForward();
    case 'back':
      return store.stepBack();
    case 'reset':
      return store.reset();
    case 'seek':
      return store.seek(request.t);
    case 'speed':
      return store.setSpeed(request.speed);
    case 'command':
      return store.issue(request.command);
    case 'getState':
      return;
  }
}

/**
 * Obeys messages from the parent window only, and, when `origin` is set, only from that
 * origin. Replies go to that origin, or to any origin when none was named (state is public).
 */
export function useEmbedApi(
  store: PlayerStore,
  snapshot: PlayerSnapshot,
  scenario: Scenario,
  origin: string | null,
  beats: BeatControl | null = null,
): void {
  const lastNarrated = useRef(0);
  useEffect(() => {
    if (window.parent === window || origin === 'none') return;
    const post = (message: Record<string, unknown>) =>
      window.parent.postMessage({ lightcone: 1, ...message }, origin ?? '*');
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      if (origin !== null && event.origin !== origin) return;
      const read = readEmbedRequest(event.data, scenario, store.sim.nodeIds);
      if (read === null) return;
      if (!read.ok) return post({ type: 'error', message: read.message });
      try {
        apply(store, read.request, beats);
      } catch (error) {
        // A command the engine could not carry out; the run stays as it was.
        return post({ type: 'error', message: clipText(String(error)) });
      }
      if (read.request.type === 'getState') post(stateMessage(store.getSnapshot(), beats));
    };
    window.addEventListener('message', onMessage);
    post({ type: 'ready', scenario: scenario.id });
    return () => window.removeEventListener('message', onMessage);
  }, [store, scenario, origin, beats]);

  useEffect(() => {
    if (window.parent === window || origin === 'none') return;
    const target = origin ?? '*';
    window.parent.postMessage({ lightcone: 1, ...stateMessage(snapshot, beats) }, target);
    for (const line of snapshot.narration) {
      if (line.id <= lastNarrated.current) continue;
      lastNarrated.current = line.id;
      window.parent.postMessage({ lightcone: 1, type: 'event', text: line.text }, target);
    }
  }, [snapshot, origin, beats]);
}

function stateMessage(
  snapshot: PlayerSnapshot,
  beats: BeatControl | null,
): Record<string, unknown> {
  return {
    type: 'state',
    now: snapshot.now,
    nowText: describeTime(snapshot.now),
    playing: snapshot.playing,
    speed: snapshot.speed,
    processed: snapshot.processed,
    commands: snapshot.commands.length,
    beat: beats ? beats.beats.filter((beat) => beat <= snapshot.now).length : 0,
  };
}
