import { describe, expect, it } from 'vitest';
import { vectorClocks, lamportClocks, validateEventGraph } from '@/sim/checkers/causality';
import { eventGraphFromTrace } from '@/sim/checkers/causality/fromTrace';
import { type Command, defaultParams, type ParamValues, Simulation, US_PER_S } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { LiveSpaceTimeData } from './liveData';

const nodes = ['n1', 'n2', 'n3', 'n4', 'n5'];
const faults: Command[] = [
  { at: 2 * US_PER_S, type: 'crash', node: 'n2' },
  { at: 4 * US_PER_S, type: 'restart', node: 'n2' },
];

function simulation(seed = 5): Simulation {
  const params = { ...defaultParams(failureDetector.params), loss: 0.2 } as ParamValues;
  return new Simulation(failureDetector, params, seed, faults);
}

function clocksOf(data: LiveSpaceTimeData): number[][] {
  return data.events.map((_, id) => data.layout.clockVector(id));
}

describe('LiveSpaceTimeData', () => {
  it('followed frame by frame, matches one pass over the trace', () => {
    const sim = simulation();
    const data = new LiveSpaceTimeData(nodes);
    for (let t = 0; t <= 6 * US_PER_S; t += 16_667) {
      sim.seek(t);
      data.sync(sim.trace);
    }
    const once = eventGraphFromTrace(sim.trace, sim.trace.length, nodes);
    expect(data.events).toEqual(once.graph.events);
    expect(data.messages).toEqual(once.messages);
    expect(data.downtime).toEqual(once.downtime);
    expect(validateEventGraph(once.graph)).toEqual([]);
    expect(clocksOf(data)).toEqual(vectorClocks(once.graph));
    expect(Array.from(data.layout.lamport.subarray(0, data.layout.count))).toEqual(
      lamportClocks(once.graph),
    );
    expect(data.messages.some((m) => m.drop !== null)).toBe(true);
    expect(data.downtime).toHaveLength(1);
  });

  it('reads nothing when the trace has not grown', () => {
    const sim = simulation();
    const data = new LiveSpaceTimeData(nodes);
    sim.seek(US_PER_S);
    expect(data.sync(sim.trace)).toBe(true);
    expect(data.sync(sim.trace)).toBe(false);
  });

  it('counts only the events up to the trace end, for a seek into the known future', () => {
    const sim = simulation();
    const data = new LiveSpaceTimeData(nodes);
    sim.seek(3 * US_PER_S);
    data.sync(sim.trace);
    const all = data.visibleCount(sim.traceEnd);
    sim.seek(US_PER_S);
    expect(data.sync(sim.trace)).toBe(false);
    const early = data.visibleCount(sim.traceEnd);
    expect(early).toBeLessThan(all);
    expect(data.events.slice(0, early).every((e) => e.time! <= US_PER_S)).toBe(true);
    expect(data.events[early]!.time!).toBeGreaterThan(US_PER_S);
  });

  it('starts over when the run forks and regrows', () => {
    const sim = simulation();
    const data = new LiveSpaceTimeData(nodes);
    sim.seek(3 * US_PER_S);
    data.sync(sim.trace);
    const generation = data.generation;
    sim.seek(US_PER_S);
    sim.issue({ type: 'crash', node: 'n4' });
    sim.seek(3 * US_PER_S);
    data.sync(sim.trace);
    expect(data.generation).toBe(generation + 1);
    const once = eventGraphFromTrace(sim.trace, sim.trace.length, nodes);
    expect(data.events).toEqual(once.graph.events);
    expect(clocksOf(data)).toEqual(vectorClocks(once.graph));
  });
});
