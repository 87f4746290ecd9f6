import { describe, expect, it } from 'vitest';
import { vectorClocks } from '@/sim/checkers/causality';
import { eventGraphFromTrace } from '@/sim/checkers/causality/fromTrace';
import { defaultParams, type ParamValues, Simulation, US_PER_S } from '@/sim/core';
import { GOVECTOR_REGEX, parseShiViz } from '@/sim/formats/shiviz';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { exportShiViz, shiVizFileName } from './exportShiViz';

describe('exportShiViz', () => {
  it('writes a log that parses back to the same causal order', () => {
    const params = { ...defaultParams(failureDetector.params), nodes: 3 } as ParamValues;
    const sim = new Simulation(failureDetector, params, 3, [
      { at: US_PER_S, type: 'crash', node: 'n3' },
    ]);
    sim.seek(2 * US_PER_S);
    const nodes = ['n1', 'n2', 'n3'];
    const text = exportShiViz(sim.trace, sim.traceEnd, nodes);
    expect(text.split('\n')[0]).toBe(GOVECTOR_REGEX);

    const parsed = parseShiViz(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const graph = eventGraphFromTrace(sim.trace, sim.traceEnd, nodes).graph;
    const back = parsed.executions[0]!.graph;
    expect(back.events).toHaveLength(graph.events.length);
    // Same clocks, host by host, event by event.
    const clocksByLabel = (g: typeof graph) =>
      vectorClocks(g).map((clock, id) => `${g.events[id]!.host} ${g.events[id]!.label} ${clock}`);
    expect(new Set(clocksByLabel(back))).toEqual(new Set(clocksByLabel(graph)));
  });

  it('names the file after the scenario and seed', () => {
    expect(shiVizFileName('failure-detection', 7)).toBe('lightcone-failure-detection-seed-7.log');
  });
});
