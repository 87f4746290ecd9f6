import { describe, expect, it } from 'vitest';
import { chainTrace } from '@/sim/checkers/causality/exampleTraces';
import { defaultParams, type ParamValues, Simulation, US_PER_MS, US_PER_S } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { eventOfKey, keyOf } from './choiceKeys';
import { LiveSpaceTimeData } from '../data/liveData';
import { staticSpaceTimeData } from '../data/staticData';

describe('choice keys', () => {
  it('carry a choice over a rebuilt window while it is held, and drop it once it is not', () => {
    const params = {
      ...defaultParams(failureDetector.params),
      heartbeat: 50 * US_PER_MS,
    } as ParamValues;
    const sim = new Simulation(failureDetector, params, 7, []);
    const data = new LiveSpaceTimeData(sim.world.nodeIds, { cap: 200 });
    sim.seek(US_PER_S);
    data.sync(sim.trace, sim.traceEnd);
    const late = data.events.length - 10;
    const early = 0;
    const event = data.events[late]!;
    const keys = [keyOf(data, late), keyOf(data, early)];
    const generation = data.generation;
    // Play on until the window drops its older half.
    for (let t = US_PER_S; data.generation === generation; t += 10 * US_PER_MS) {
      sim.seek(t);
      data.sync(sim.trace, sim.traceEnd);
    }
    const now = eventOfKey(data, keys[0]!);
    expect(now).not.toBeNull();
    expect(now).not.toBe(late);
    expect(data.events[now!]).toEqual({ ...event, id: now });
    expect(eventOfKey(data, keys[1]!)).toBeNull();
  });

  it('are event ids for data read from no trace', () => {
    const data = staticSpaceTimeData(chainTrace);
    expect(keyOf(data, 2)).toBe(2);
    expect(eventOfKey(data, 2)).toBe(2);
    expect(keyOf(data, null)).toBeNull();
  });
});
