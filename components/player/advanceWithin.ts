/**
 * Running the engine for a bounded amount of work: towards a target time, for at most
 * a wall-time and an event budget, stopping at the memory bound, and turning an engine
 * failure into a message. Play's frames and a seek's slices both go through here.
 */
import { clipText, type Micros, type Simulation, traceFull, traceFullMessage } from '@/sim/core';
import type { SliceBudget } from './seekAhead';

/** Events run between two looks at the clock. */
const EVENTS_PER_SLICE = 64;

export interface Advanced {
  /** 'reached': at `target`; 'budget': out of time or events; 'stopped': see `why`. */
  readonly result: 'reached' | 'budget' | 'stopped';
  /** Why the run stopped short (memory bound, engine failure), or null. */
  readonly why: string | null;
}

export function advanceWithin(
  sim: Simulation,
  target: Micros,
  budget: SliceBudget,
  wallClock: () => number,
): Advanced {
  const deadline = wallClock() + budget.ms;
  try {
    for (let events = 0; !sim.advance(target, EVENTS_PER_SLICE); events += EVENTS_PER_SLICE) {
      if (traceFull(sim.trace.length))
        return { result: 'stopped', why: `This run ${traceFullMessage(sim.now)}.` };
      if (events >= budget.events || wallClock() >= deadline)
        return { result: 'budget', why: null };
    }
    return { result: 'reached', why: null };
  } catch (error) {
    const why = `The run stopped because of an error: ${clipText(String(error), 200)}`;
    return { result: 'stopped', why };
  }
}
