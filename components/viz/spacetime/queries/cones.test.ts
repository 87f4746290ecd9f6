import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causalCones, knowledgeFrontier, vectorClocks } from '@/sim/checkers/causality';
import { forkTrace } from '@/sim/checkers/causality/exampleTraces';
import { type Command, defaultParams, type ParamValues, Simulation, US_PER_S } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { coneSizes, firstConcurrent, pastBeforeHeld } from './cones';
import { knowledgeAt } from './knowledgeAt';
import { LiveSpaceTimeData } from '../data/liveData';
import { staticSpaceTimeData } from '../data/staticData';

const nodes = ['n1', 'n2', 'n3', 'n4'];

/** A lossy run with a crash and a restart, as live space-time data, and its graph. */
function run(seed: number) {
  const data = new LiveSpaceTimeData(nodes);
  data.sync(sim(seed).trace);
  return { data, graph: { hosts: nodes, events: data.events.slice() } };
}

/** The same run as a Simulation at 3 s. */
function sim(seed: number): Simulation {
  const params = {
    ...defaultParams(failureDetector.params),
    nodes: nodes.length,
    loss: 0.1,
  } as ParamValues;
  const faults: Command[] = [
    { at: US_PER_S, type: 'crash', node: 'n3' },
    { at: 2 * US_PER_S, type: 'restart', node: 'n3' },
  ];
  const run = new Simulation(failureDetector, params, seed, faults);
  run.seek(3 * US_PER_S);
  return run;
}

describe('cones from clocks', () => {
  it('agree with causalCones and knowledgeFrontier on any prefix of a run', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, at, cut) => {
          const { data, graph } = run(seed);
          const total = data.events.length;
          const count = Math.max(1, Math.ceil(cut * total));
          const s = Math.min(count - 1, Math.floor(at * count));
          const prefix = { hosts: graph.hosts, events: graph.events.slice(0, count) };
          const clocks = vectorClocks(prefix);
          const cone = causalCones(prefix, s, clocks);
          const context = `seed ${seed}, event ${s} of ${count}`;
          expect(coneSizes(data.layout, s, count), context).toEqual({
            past: cone.past.length,
            future: cone.future.length,
            concurrent: cone.concurrent.length,
          });
          expect(firstConcurrent(data.layout, s, count, 8), context).toEqual(
            cone.concurrent.slice(0, 8),
          );
          const cursor = graph.events[s]!.time!;
          for (const host of nodes) {
            const known = knowledgeFrontier(prefix, host, cursor, clocks);
            const ours = knowledgeAt(data, host, cursor, count);
            expect(ours.lastEventId, context).toBe(known.lastEventId);
            expect(ours.clock, context).toEqual(known.clock);
            expect(ours.latestByHost, context).toEqual(known.latestByHost);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('count the held events of a live window, and how far the past reaches before them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 16, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, cap, at) => {
          const { graph } = run(seed);
          const held = new LiveSpaceTimeData(nodes, { cap });
          held.sync(sim(seed).trace);
          const count = held.events.length;
          const s = Math.min(count - 1, Math.floor(at * count));
          const whole = s + held.earlier;
          const cone = causalCones(graph, whole, vectorClocks(graph));
          const context = `seed ${seed}, cap ${cap}, event ${s} of ${count}`;
          const inHeld = (ids: readonly number[]) => ids.filter((id) => id >= held.earlier).length;
          expect(coneSizes(held.layout, s, count), context).toEqual({
            past: inHeld(cone.past),
            future: cone.future.length,
            concurrent: inHeld(cone.concurrent),
          });
          expect(pastBeforeHeld(held.layout, s), context).toBe(
            cone.past.length - inHeld(cone.past),
          );
          // Every host at s's time, including one whose last event came before the window.
          for (const host of nodes) {
            const knows = knowledgeFrontier(graph, host, graph.events[whole]!.time!);
            const ours = knowledgeAt(held, host, held.events[s]!.time!, count);
            expect(ours.clock, `${context}, ${host}`).toEqual(knows.clock);
            expect(ours.latestByHost, `${context}, ${host}`).toEqual(
              knows.latestByHost.map((id) =>
                id === null || id < held.earlier ? null : id - held.earlier,
              ),
            );
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('counts a small graph by hand', () => {
    // forkTrace: a sends to b and c; b and c each do one more thing.
    const data = staticSpaceTimeData(forkTrace);
    const n = forkTrace.events.length;
    const cone = causalCones(forkTrace, 2);
    expect(coneSizes(data.layout, 2, n)).toEqual({
      past: cone.past.length,
      future: cone.future.length,
      concurrent: cone.concurrent.length,
    });
    expect(coneSizes(data.layout, 2, n).past + coneSizes(data.layout, 2, n).future).toBeGreaterThan(
      0,
    );
  });
});
