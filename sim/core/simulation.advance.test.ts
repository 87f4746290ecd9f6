/**
 * Simulation.advance: seeking in bounded slices (the player's per-frame budget) must end in
 * exactly the World that one seek reaches, and must never run past its event budget.
 */
import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import type { Command } from './commands';
import { defaultParams, type ParamValues } from './params';
import { Simulation } from './simulation';
import { worldFingerprint } from './testing';
import { US_PER_S } from './time';
import { hashTrace } from './trace';

const S = US_PER_S;
const commands: Command[] = [
  { at: 1 * S, type: 'crash', node: 'n3' },
  {
    at: 2 * S,
    type: 'partition',
    groups: [
      ['n1', 'n2'],
      ['n3', 'n4', 'n5', 'n6'],
    ],
  },
  { at: 3 * S, type: 'heal' },
];

function simulation(): Simulation {
  const params = { ...defaultParams(failureDetector.params), nodes: 6 } as ParamValues;
  return new Simulation(failureDetector, params, 3, commands);
}

describe('Simulation.advance', () => {
  it('in small slices, ends in the World of one straight seek', () => {
    const target = 4 * S + 321;
    const reference = simulation();
    reference.seek(target);
    const sliced = simulation();
    let calls = 0;
    for (;;) {
      const before = sliced.world.processed;
      const reached = sliced.advance(target, 23);
      calls++;
      expect(sliced.world.processed - before).toBeLessThanOrEqual(23);
      if (reached) break;
      expect(sliced.now).toBeLessThanOrEqual(target);
    }
    expect(calls).toBeGreaterThan(10);
    expect(sliced.now).toBe(target);
    expect(worldFingerprint(sliced)).toEqual(worldFingerprint(reference));
    expect(hashTrace(sliced.trace, sliced.traceEnd)).toBe(
      hashTrace(reference.trace, reference.traceEnd),
    );
  });

  it('reports false when the budget runs out, and keeps the clock at the last event', () => {
    const sim = simulation();
    expect(sim.advance(2 * S, 5)).toBe(false);
    expect(sim.world.processed).toBe(5);
    expect(sim.now).toBeLessThan(2 * S);
    expect(sim.advance(2 * S, 1_000_000)).toBe(true);
    expect(sim.now).toBe(2 * S);
  });

  it('goes backwards like seek', () => {
    const sim = simulation();
    sim.seek(3 * S);
    expect(sim.advance(1 * S, 1)).toBe(true);
    const reference = simulation();
    reference.seek(1 * S);
    expect(worldFingerprint(sim)).toEqual(worldFingerprint(reference));
  });
});
