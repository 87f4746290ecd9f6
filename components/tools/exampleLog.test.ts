import { describe, expect, it } from 'vitest';
import { causalCones } from '@/sim/checkers/causality';
import { GOVECTOR_REGEX, parseShiViz } from '@/sim/formats/shiviz';
import { EXAMPLE_LOG } from './exampleLog';

describe('EXAMPLE_LOG', () => {
  it('parses with its own header into three hosts and five messages', () => {
    // The header wins over whatever the regex field says.
    const result = parseShiViz(EXAMPLE_LOG, { regex: 'not a regex (' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [log] = result.executions;
    expect(log!.hosts).toEqual(['client', 'leader', 'follower']);
    const kinds = log!.graph.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'send')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'receive')).toHaveLength(5);
  });

  it('makes the heartbeat concurrent with the replicate message', () => {
    const result = parseShiViz(EXAMPLE_LOG, { regex: GOVECTOR_REGEX });
    if (!result.ok) throw new Error('example does not parse');
    const graph = result.executions[0]!.graph;
    const id = (label: string) => graph.events.find((e) => e.label === label)!.id;
    const cone = causalCones(graph, id('send heartbeat to leader'));
    expect(cone.concurrent).toContain(id('send replicate x=1 to follower'));
  });
});
