import { describe, expect, it } from 'vitest';
import type { Command } from '@/sim/core/commands';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { Simulation } from '@/sim/core/simulation';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import { failureDetector } from './scenario';
import { describeTimer, suspicionTimers, type SuspicionTimer } from './timers';

const S = US_PER_S;
const constant = {
  ...defaultParams(failureDetector.params),
  latency: 'constant',
  mean: 100 * US_PER_MS,
} as ParamValues;
const crash: Command[] = [{ at: 3 * S, type: 'crash', node: 'n3' }];

function timerOf(sim: Simulation, observer: string, peer: string): SuspicionTimer {
  return suspicionTimers(sim).find((t) => t.observer === observer && t.peer === peer)!;
}

describe('suspicionTimers', () => {
  it('has one timer per live node and peer', () => {
    const sim = new Simulation(failureDetector, constant, 1, crash);
    sim.seek(2 * S);
    expect(suspicionTimers(sim)).toHaveLength(20);
    sim.seek(3 * S);
    // n3 is down: its own four timers are gone; the others still time n3.
    expect(suspicionTimers(sim)).toHaveLength(16);
    expect(suspicionTimers(sim).filter((t) => t.peer === 'n3')).toHaveLength(4);
  });

  it('drains from the last heartbeat to the suspicion', () => {
    // n3's last beat lands at 2.8 s (constant 100 ms latency); n1 suspects at 4.3 s.
    const sim = new Simulation(failureDetector, constant, 1, crash);
    sim.seek(2.8 * S);
    expect(timerOf(sim, 'n1', 'n3')).toMatchObject({ left: 1.5 * S, fraction: 1 });
    sim.seek(3.9 * S);
    const draining = timerOf(sim, 'n1', 'n3');
    expect(draining.left).toBe(0.4 * S);
    expect(draining.fraction).toBeCloseTo(0.4 / 1.5);
    expect(describeTimer(draining)).toBe("n1's timer for n3: 0.4 s left");
    sim.seek(4.3 * S);
    const done = timerOf(sim, 'n1', 'n3');
    expect(done).toMatchObject({ left: 0, fraction: 0, suspected: true });
    expect(describeTimer(done)).toBe('n1 suspects n3: its timer ran out');
  });

  it('is the same after a seek back as on a straight run', () => {
    const straight = new Simulation(
      failureDetector,
      defaultParams(failureDetector.params),
      7,
      crash,
    );
    straight.seek(3.7 * S);
    const wandering = new Simulation(
      failureDetector,
      defaultParams(failureDetector.params),
      7,
      crash,
    );
    wandering.seek(9 * S);
    wandering.seek(1 * S);
    wandering.seek(3.7 * S);
    expect(suspicionTimers(wandering)).toEqual(suspicionTimers(straight));
  });
});
