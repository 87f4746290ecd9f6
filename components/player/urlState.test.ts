import { describe, expect, it } from 'vitest';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { readRunState, writeRunState, defaultRunState, type RunState } from './urlState';

const read = (query: string) => readRunState(failureDetector, new URLSearchParams(query));

describe('URL state', () => {
  it('round-trips seed, parameters, the command log and the time', () => {
    const state: RunState = {
      seed: 7,
      params: {
        ...defaultRunState(failureDetector).params,
        nodes: 7,
        loss: 0.05,
        timeout: 2_000_000,
        latency: 'pareto-mix',
      },
      commands: [
        {
          at: 2_000_000,
          type: 'partition',
          groups: [
            ['n1', 'n2'],
            ['n3', 'n4', 'n5', 'n6', 'n7'],
          ],
        },
        { at: 3_000_000, type: 'crash', node: 'n3' },
        { at: 3_500_001, type: 'slow', node: 'n2', factor: 20 },
        { at: 4_000_000, type: 'param', name: 'loss', value: 0.2 },
        { at: 4_000_000, type: 'block', from: 'n1', to: 'n4' },
        { at: 5_000_000, type: 'drop', message: 17 },
        { at: 6_000_000, type: 'heal' },
        { at: 7_000_000, type: 'restart', node: 'n3' },
      ],
      t: 4_500_000,
    };
    const query = writeRunState(failureDetector, state);
    expect(query).toContain('seed=7');
    expect(query).toContain('log=2s_partition_n1-n2!n3-n4-n5-n6-n7~3s_crash_n3');
    const back = read(query);
    expect(back.errors).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('leaves defaults out of the link', () => {
    expect(writeRunState(failureDetector, defaultRunState(failureDetector))).toBe('seed=1');
  });

  it('reports a bad node count and keeps the default', () => {
    const { state, errors } = read('nodes=banana');
    expect(state.params.nodes).toBe(5);
    expect(errors).toEqual([
      expect.stringMatching(/nodes: "banana" is not a whole number.*using 5/),
    ]);
  });

  it('reports a negative seed and keeps the default', () => {
    const { state, errors } = read('seed=-1');
    expect(state.seed).toBe(1);
    expect(errors[0]).toMatch(/seed: "-1" is not a whole number from 0 to 4294967295; using 1/);
  });

  it('rejects a corrupt command log as a whole, naming the bad entry', () => {
    const { state, errors } = read('log=2s_crash_n3~3s_explode_n1');
    expect(state.commands).toEqual([]);
    expect(errors[0]).toMatch(/command 2.*unknown type "explode".*3s_explode_n1/);
  });

  it('checks commands against the node count from the same link', () => {
    expect(read('nodes=7&log=2s_crash_n7').errors).toEqual([]);
    expect(read('log=2s_crash_n7').errors[0]).toMatch(/node "n7" does not exist/);
  });

  it('reports a bad time and starts at zero', () => {
    const { state, errors } = read('t=soon');
    expect(state.t).toBe(0);
    expect(errors[0]).toMatch(/t: "soon"/);
  });

  it('ignores embed options and reports unknown parameters', () => {
    expect(read('theme=dark&controls=0&steps=1s-2s').errors).toEqual([]);
    expect(read('colour=red').errors[0]).toMatch(/Unknown parameter "colour"/);
  });
});
