import { describe, expect, it } from 'vitest';
import {
  causalCones,
  hostIndexes,
  lamportClocks,
  vectorClocks,
  type EventGraph,
} from '@/sim/checkers/causality';
import {
  chainTrace,
  concurrentSendsTrace,
  duplicatedMessageTrace,
  forkTrace,
  lostMessageTrace,
} from '@/sim/checkers/causality/exampleTraces';
import { EventLayout, inFuture, inPast, knows } from './eventLayout';

const graphs: [string, EventGraph][] = [
  ['chain', chainTrace],
  ['fork', forkTrace],
  ['concurrent sends', concurrentSendsTrace],
  ['lost message', lostMessageTrace],
  ['duplicated message', duplicatedMessageTrace],
];

function layOut(graph: EventGraph): EventLayout {
  const indexes = hostIndexes(graph);
  const layout = new EventLayout(graph.hosts.length);
  for (const event of graph.events) layout.append(event, indexes.get(event.host)!, null);
  return layout;
}

describe('EventLayout', () => {
  it.each(graphs)('agrees with the library clocks on the %s trace', (_, graph) => {
    const layout = layOut(graph);
    expect(layout.clocks).toEqual(vectorClocks(graph));
    expect(layout.lamport).toEqual(lamportClocks(graph));
  });

  it.each(graphs)('answers cone membership like causalCones on the %s trace', (_, graph) => {
    const layout = layOut(graph);
    for (const { id: s } of graph.events) {
      const cone = causalCones(graph, s);
      const ids = graph.events.map((e) => e.id);
      expect(ids.filter((e) => inPast(layout, s, e))).toEqual(cone.past);
      expect(ids.filter((e) => inFuture(layout, s, e))).toEqual(cone.future);
    }
  });

  it('knows what a clock has seen', () => {
    const layout = layOut(chainTrace);
    // c's receive has seen a's send, b's receive and b's send.
    const clock = layout.clocks[3]!;
    expect([0, 1, 2, 3].map((e) => knows(layout, clock, e))).toEqual([true, true, true, true]);
    expect([0, 1, 2, 3].map((e) => knows(layout, layout.clocks[1]!, e))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('ranks events at the same position on a lane', () => {
    const layout = new EventLayout(1);
    const at = (id: number, x: number) =>
      layout.append({ id, host: 'a', kind: 'local', label: 'x', time: x }, 0, x);
    at(0, 5);
    at(1, 5);
    at(2, 5);
    at(3, 9);
    expect(layout.rank).toEqual([0, 1, 2, 0]);
    expect(layout.maxRank).toBe(2);
  });

  it('lays out by Lamport clock when no position is given', () => {
    expect(layOut(chainTrace).x).toEqual([1, 2, 3, 4]);
  });
});
