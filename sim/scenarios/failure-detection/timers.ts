/**
 * Each node's suspicion timer for each peer, read off a run at its current instant: how
 * much of the timeout is left before the node suspects the peer. Views draw it as a
 * draining bar; the text is its alternative for screen readers. Pure: a function of the
 * run's instant only, so a seek or a step shows exactly what playing would.
 */
import type { NodeId } from '@/sim/core/ids';
import type { NodeView } from '@/sim/core/scenario';
import { US_PER_S, type Micros } from '@/sim/core/time';
import type { DetectorContext } from './machine';

/** What the timers need of a run (a Simulation has all of it). */
export interface TimerSource {
  readonly now: Micros;
  nodeViews(): readonly NodeView[];
  timerDue(node: NodeId, name: string, key?: string): Micros | undefined;
}

export interface SuspicionTimer {
  readonly observer: NodeId;
  readonly peer: NodeId;
  /** Time left before `observer` suspects `peer`; 0 once it does. */
  readonly left: Micros;
  /** The whole timeout, as the observer has it now. */
  readonly timeout: Micros;
  /** left / timeout, within [0, 1]: 1 just after a heartbeat, 0 on suspicion. */
  readonly fraction: number;
  readonly suspected: boolean;
}

/** Every live node's timer for each of its peers, in node then peer order. */
export function suspicionTimers(run: TimerSource): SuspicionTimer[] {
  const timers: SuspicionTimer[] = [];
  for (const view of run.nodeViews()) {
    const context = view.context as DetectorContext | undefined;
    if (!view.up || !context) continue;
    for (const peer of context.peers) {
      const suspected = context.suspected.includes(peer);
      const due = run.timerDue(view.id, 'suspect', peer);
      const left = suspected || due === undefined ? 0 : Math.max(0, due - run.now);
      const fraction = context.timeout > 0 ? Math.min(1, left / context.timeout) : 0;
      timers.push({ observer: view.id, peer, left, timeout: context.timeout, fraction, suspected });
    }
  }
  return timers;
}

/** "n1's timer for n3: 0.4 s left", or "n1 suspects n3: its timer ran out". Pure. */
export function describeTimer(timer: SuspicionTimer): string {
  if (timer.suspected) return `${timer.observer} suspects ${timer.peer}: its timer ran out`;
  return `${timer.observer}'s timer for ${timer.peer}: ${(timer.left / US_PER_S).toFixed(1)} s left`;
}
