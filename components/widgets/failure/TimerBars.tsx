'use client';
/**
 * Each node's suspicion timer for each peer, drawn over the cluster as a bar on the link
 * towards that peer: full when a heartbeat from the peer has just arrived, draining until
 * the node suspects the peer. Drawn on the player's frames through a D3 join, never by
 * React state; with reduced motion, at most twice a second while playing.
 */
import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';
import type { PlayerStore } from '@/components/player/PlayerStore';
import { useReducedMotion } from '@/components/player/usePlayer';
import type { Point } from '@/components/viz/layout';
import { suspicionTimers } from '@/sim/scenarios/failure-detection/timers';
import { MAX_NODES_WITH_BARS, timerBars, type TimerBar } from './timerBars';
import styles from './failure.module.css';

const REDUCED_MOTION_FRAME_MS = 500;
/** Below this fraction of the timeout left, the bar turns to the warning tone. */
const LOW = 0.25;

export function TimerBars({
  store,
  positions,
  radius,
}: {
  store: PlayerStore;
  positions: ReadonlyMap<string, Point>;
  radius: number;
}) {
  const reducedMotion = useReducedMotion();
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    const group = ref.current;
    if (!group) return;
    const root = select(group);
    let last = -Infinity;
    return store.onFrame((sim) => {
      const wall = store.wallClock();
      if (reducedMotion && store.isPlaying && wall - last < REDUCED_MOTION_FRAME_MS) return;
      last = wall;
      // A crowded cluster draws no bars: skip reading its thousands of timers.
      const bars =
        positions.size > MAX_NODES_WITH_BARS
          ? []
          : timerBars(suspicionTimers(sim), positions, radius);
      root
        .selectAll<SVGLineElement, TimerBar>(`line.${styles.track}`)
        .data(bars, (bar) => bar.key)
        .join('line')
        .attr('class', styles.track!)
        .attr('x1', (bar) => bar.x1)
        .attr('y1', (bar) => bar.y1)
        .attr('x2', (bar) => bar.x2)
        .attr('y2', (bar) => bar.y2);
      root
        .selectAll<SVGLineElement, TimerBar>(`line.${styles.left}`)
        .data(bars, (bar) => bar.key)
        .join('line')
        .attr('class', styles.left!)
        .attr('data-low', (bar) => (bar.fraction < LOW ? '' : null))
        .attr('x1', (bar) => bar.x1)
        .attr('y1', (bar) => bar.y1)
        .attr('x2', (bar) => bar.xLeft)
        .attr('y2', (bar) => bar.yLeft);
    });
  }, [store, positions, radius, reducedMotion]);
  return <g ref={ref} aria-hidden="true" data-timer-bars="" />;
}
