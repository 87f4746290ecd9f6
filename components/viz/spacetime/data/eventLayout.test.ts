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

/** The first `count` entries of a column, as a plain array. */
function column(layout: EventLayout, values: ArrayLike<number>): number[] {
  return Array.from({ length: layout.count }, (_, i) => values[i]!);
}

function clocksOf(layout: EventLayout): number[][] {
  return Array.from({ length: layout.count }, (_, id) => layout.clockVector(id));
}

function layOut(graph: EventGraph): EventLayout {
  const indexes = hostIndexes(graph);
  const layout = new EventLayout(graph.hosts.length);
  for (const event of graph.events) layout.append(event, indexes.get(event.host)!, null);
  return layout;
}

describe('EventLayout', () => {
  it('keeps its columns and clocks as it grows past its first room and gains lanes', () => {
    const layout = new EventLayout(1);
    const events = Array.from({ length: 600 }, (_, id) => ({
      id,
      host: String(id % 3),
      kind: 'local' as const,
      label: 'x',
    }));
    events.forEach((event) => layout.append(event, id(event.host), null));
    const graph = { hosts: ['0', '1', '2'], events };
    expect(layout.count).toBe(600);
    expect(clocksOf(layout)).toEqual(vectorClocks(graph));
    expect(column(layout, layout.lamport)).toEqual(lamportClocks(graph));
    function id(host: string) {
      return Number(host);
    }
  });

  it.each(graphs)('agrees with the library clocks on the %s trace', (_, graph) => {
    const layout = layOut(graph);
    expect(clocksOf(layout)).toEqual(vectorClocks(graph));
    expect(column(layout, layout.lamport)).toEqual(lamportClocks(graph));
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
    const clock = layout.clockVector(3);
    expect([0, 1, 2, 3].map((e) => knows(layout, clock, e))).toEqual([true, true, true, true]);
    expect([0, 1, 2, 3].map((e) => knows(layout, layout.clockVector(1), e))).toEqual([
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
    expect(column(layout, layout.rank)).toEqual([0, 1, 2, 0]);
    expect(layout.maxRank).toBe(2);
  });

  it('lays out by Lamport clock when no position is given', () => {
    const layout = layOut(chainTrace);
    expect(column(layout, layout.x)).toEqual([1, 2, 3, 4]);
  });
});
