/**
 * Property: for random event graphs, a → b iff VC(a) < VC(b) iff b is reachable
 * from a along program order and message edges. Reachability is computed here by
 * plain BFS, independently of the clock code.
 *
 * The seed is fixed so CI is repeatable. fast-check prints the seed and path of a
 * failing run; replay it with FC_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventGraph, type EventGraph, type EventSpec } from './eventGraph';
import { causalCones, happensBefore } from './happensBefore';
import { knowledgeFrontier } from './knowledgeFrontier';
import { lamportClocks } from './lamportClocks';
import { validateEventGraph } from './validateEventGraph';
import { compareVectorClocks, vectorClocks } from './vectorClocks';

const seed = Number(process.env.FC_SEED ?? 1978);

const stepArbitrary = fc.record({
  host: fc.nat(),
  action: fc.constantFrom('local', 'send', 'receive'),
  pick: fc.nat(),
});

const graphArbitrary = fc
  .record({
    hostCount: fc.integer({ min: 1, max: 5 }),
    steps: fc.array(stepArbitrary, { maxLength: 40 }),
  })
  .map(({ hostCount, steps }): EventGraph => {
    const hosts = Array.from({ length: hostCount }, (_, i) => `n${i}`);
    const specs: EventSpec[] = [];
    let sends = 0;
    steps.forEach((step, t) => {
      const host = hosts[step.host % hostCount]!;
      if (step.action === 'send') {
        specs.push({ host, kind: 'send', label: 'send', messageId: sends++, time: t });
      } else if (step.action === 'receive' && sends > 0) {
        // Any earlier send: some are never received (lost), some received twice.
        specs.push({ host, kind: 'receive', label: 'recv', messageId: step.pick % sends, time: t });
      } else {
        specs.push({ host, kind: 'local', label: 'local', time: t });
      }
    });
    return buildEventGraph(hosts, specs);
  });

/** reachable[a][b]: a path of one or more edges leads from a to b. */
function reachability(graph: EventGraph): boolean[][] {
  const successors: number[][] = graph.events.map(() => []);
  const lastOnHost = new Map<string, number>();
  const sendOfMessage = new Map<number, number>();
  for (const event of graph.events) {
    const previous = lastOnHost.get(event.host);
    if (previous !== undefined) successors[previous]!.push(event.id);
    lastOnHost.set(event.host, event.id);
    if (event.kind === 'send') sendOfMessage.set(event.messageId!, event.id);
    if (event.kind === 'receive') successors[sendOfMessage.get(event.messageId!)!]!.push(event.id);
  }
  return graph.events.map((start) => {
    const seen = graph.events.map(() => false);
    const queue = [...successors[start.id]!];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen[id]) continue;
      seen[id] = true;
      queue.push(...successors[id]!);
    }
    return seen;
  });
}

describe('happens-before on random graphs', () => {
  it('a → b iff VC(a) < VC(b) iff b is reachable from a', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        expect(validateEventGraph(graph)).toEqual([]);
        const clocks = vectorClocks(graph);
        const lamport = lamportClocks(graph);
        const reachable = reachability(graph);
        for (const a of graph.events) {
          for (const b of graph.events) {
            const reached = reachable[a.id]![b.id]!;
            expect(happensBefore(graph, a.id, b.id, clocks)).toBe(reached);
            expect(compareVectorClocks(clocks[a.id]!, clocks[b.id]!) === 'before').toBe(reached);
            if (reached) expect(lamport[a.id]!).toBeLessThan(lamport[b.id]!);
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });

  it('cones and frontiers agree with reachability', () => {
    fc.assert(
      fc.property(graphArbitrary, fc.nat(), (graph, pick) => {
        if (graph.events.length === 0) return;
        const x = pick % graph.events.length;
        const reachable = reachability(graph);
        const ids = graph.events.map((event) => event.id);
        expect(causalCones(graph, x)).toEqual({
          past: ids.filter((id) => reachable[id]![x]),
          future: ids.filter((id) => reachable[x]![id]),
          concurrent: ids.filter((id) => id !== x && !reachable[id]![x] && !reachable[x]![id]),
        });
        const event = graph.events[x]!;
        const frontier = knowledgeFrontier(graph, event.host, event.time!);
        expect(frontier.lastEventId).toBe(x);
        expect(frontier.known).toEqual(ids.filter((id) => id === x || reachable[id]![x]));
      }),
      { seed, numRuns: 300 },
    );
  });
});
