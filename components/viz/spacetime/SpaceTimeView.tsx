'use client';
/**
 * SpaceTimeView: the live Lamport diagram of a run (Lamport 1978, Fig. 1), one lane per
 * node, with light cones, knowledge frontiers and clock labels.
 *
 * Render strategy: see renderer.ts. Here, the player's frame listener reads new trace
 * entries (O(new)) and moves the renderer to the current instant; React re-renders only
 * on the player's coarse snapshots, for the text beside the diagram.
 */
import { useCallback, useMemo } from 'react';
import type { PlayerSnapshot, PlayerStore } from '@/components/player/PlayerStore';
import { useReducedMotion } from '@/components/player/usePlayer';
import { LiveSpaceTimeData } from './data/liveData';
import type { SpaceTimeRenderer } from './drawing/renderer';
import { SpaceTimeFrame } from './SpaceTimeFrame';
import type { SpaceTimeHighlight } from './data/spaceTimeData';

export interface SpaceTimeViewProps {
  readonly store: PlayerStore;
  readonly snapshot: PlayerSnapshot;
  /** Emphasise a node's lane and a message's arrow (hover or focus in another view). */
  readonly highlight?: SpaceTimeHighlight;
  /** Reports what the pointer or the keyboard focus is on, or null when it leaves. */
  readonly onHover?: (highlight: SpaceTimeHighlight) => void;
  readonly label?: string;
}

/** With reduced motion, the diagram redraws at this interval while playing, as ClusterView does. */
const REDUCED_MOTION_FRAME_MS = 500;

export function SpaceTimeView({
  store,
  snapshot,
  highlight = null,
  onHover,
  label = 'Space-time diagram',
}: SpaceTimeViewProps) {
  const reducedMotion = useReducedMotion();
  const nodeList = snapshot.nodes.map((node) => node.id).join(' ');
  const data = useMemo(
    () => new LiveSpaceTimeData(nodeList === '' ? [] : nodeList.split(' ')),
    // A new run with the same nodes is noticed by `sync` (another trace array).
    [nodeList],
  );
  // Reading the trace here is like a getSnapshot: `sync` only catches up with the
  // simulation, and the snapshot says when there is something new to read.
  const coarse = useMemo(() => {
    data.sync(store.sim.trace, store.sim.traceEnd);
    return {
      count: data.visibleCount(store.sim.traceEnd),
      generation: data.generation,
      lineage: data.lineage,
      now: snapshot.now,
    };
  }, [data, store, snapshot]);

  const connect = useCallback(
    (renderer: SpaceTimeRenderer) => {
      let lastDraw = -Infinity;
      return store.onFrame((sim) => {
        const wall = performance.now();
        const throttled = reducedMotion && store.getSnapshot().playing;
        if (throttled && wall - lastDraw < REDUCED_MOTION_FRAME_MS) return;
        lastDraw = wall;
        data.sync(sim.trace, sim.traceEnd);
        renderer.frame(
          { count: data.visibleCount(sim.traceEnd), traceEnd: sim.traceEnd, cursor: sim.now },
          Math.max(sim.now, store.getSnapshot().horizon),
        );
      });
    },
    [store, data, reducedMotion],
  );

  return (
    <SpaceTimeFrame
      data={data}
      generation={coarse.generation}
      lineage={coarse.lineage}
      visibleCount={coarse.count}
      cursor={coarse.now}
      label={label}
      highlight={highlight}
      onHover={onHover}
      connect={connect}
    />
  );
}
