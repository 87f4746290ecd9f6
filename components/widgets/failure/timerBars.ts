/**
 * Where each suspicion timer's bar goes: on the link from the observer towards the peer,
 * starting at the observer's edge, as long as the time left (a full timeout reaches a
 * third of the way). Pure geometry, tested without a DOM.
 */
import type { Point } from '@/components/viz/layout';
import type { SuspicionTimer } from '@/sim/scenarios/failure-detection/timers';

/** Past this many nodes the bars would crowd each other; the text list still has them. */
export const MAX_NODES_WITH_BARS = 12;

/** How far along the link a full timer reaches. */
const REACH = 1 / 3;

export interface TimerBar {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  /** The end of the whole timeout (the track). */
  readonly x2: number;
  readonly y2: number;
  /** The end of the time left (the bar). */
  readonly xLeft: number;
  readonly yLeft: number;
  readonly fraction: number;
  readonly suspected: boolean;
}

export function timerBars(
  timers: readonly SuspicionTimer[],
  positions: ReadonlyMap<string, Point>,
  radius: number,
): TimerBar[] {
  if (positions.size > MAX_NODES_WITH_BARS) return [];
  const bars: TimerBar[] = [];
  for (const timer of timers) {
    const from = positions.get(timer.observer);
    const to = positions.get(timer.peer);
    if (!from || !to) continue;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    const ux = dx / length;
    const uy = dy / length;
    const start = radius + 3;
    const track = Math.max(0, length * REACH - start);
    const x1 = from.x + ux * start;
    const y1 = from.y + uy * start;
    bars.push({
      key: `${timer.observer}>${timer.peer}`,
      x1,
      y1,
      x2: x1 + ux * track,
      y2: y1 + uy * track,
      xLeft: x1 + ux * track * timer.fraction,
      yLeft: y1 + uy * track * timer.fraction,
      fraction: timer.fraction,
      suspected: timer.suspected,
    });
  }
  return bars;
}
