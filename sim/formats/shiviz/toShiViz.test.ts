import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEventGraph,
  sendsReceivedBy,
  validateEventGraph,
  vectorClocks,
  type EventGraph,
  type EventSpec,
} from '../../checkers/causality';
import {
  chainTrace,
  concurrentSendsTrace,
  duplicatedMessageTrace,
  forkTrace,
  lostMessageTrace,
  relayAndMergeTrace,
} from '../../checkers/causality/exampleTraces';
import { parseShiViz } from './parseShiViz';
import { toShiViz } from './toShiViz';

const seed = Number(process.env.FC_SEED ?? 1989);

function roundTrip(graph: EventGraph): EventGraph {
  const result = parseShiViz(toShiViz(graph));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.executions).toHaveLength(1);
  return result.executions[0]!.graph;
}

/** The graph as ShiViz can carry it: no times. */
const withoutTimes = (graph: EventGraph): EventGraph =>
  buildEventGraph(
    graph.hosts,
    graph.events.map(({ id: _id, time: _time, ...spec }) => spec),
  );

describe('toShiViz', () => {
  it('writes GoVector’s layout under the regex header', () => {
    expect(toShiViz(concurrentSendsTrace)).toBe(
      [
        String.raw`(?<host>\S*) (?<clock>{.*})\n(?<event>.*)`,
        '',
        '',
        'soldier {"soldier":1}',
        'fire',
        'sniper {"sniper":1}',
        'fire',
        'soldier {"soldier":2,"sniper":1}',
        'hear sniper',
        'sniper {"soldier":1,"sniper":2}',
        'hear soldier',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['chain', chainTrace],
    ['fork', forkTrace],
    ['concurrent sends', concurrentSendsTrace],
  ])('round-trips the %s trace to the same graph', (_name, graph) => {
    expect(roundTrip(graph)).toEqual(withoutTimes(graph));
  });

  it('keeps the causal order of lost and duplicated messages, not their kinds', () => {
    for (const graph of [lostMessageTrace, duplicatedMessageTrace]) {
      expect(vectorClocks(roundTrip(graph))).toEqual(vectorClocks(graph));
    }
    expect(roundTrip(lostMessageTrace).events[1]?.kind).toBe('local');
    expect(roundTrip(duplicatedMessageTrace).events[3]?.kind).toBe('local');
  });

  it('flattens labels and host names the GoVector regex cannot read', () => {
    const graph = buildEventGraph(
      ['node one'],
      [{ host: 'node one', kind: 'local', label: 'two\nlines' }],
    );
    const result = parseShiViz(toShiViz(graph));
    expect(result.ok && result.executions[0]?.events[0]).toMatchObject({
      host: 'node_one',
      text: 'two lines',
    });
  });

  it('parses a 10,000-event log listed host by host', () => {
    const specs: EventSpec[] = [];
    for (let i = 0; i < 5_000; i++) {
      const [from, to] = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      specs.push({ host: from, kind: 'send', label: `ping ${i}`, messageId: i });
      specs.push({ host: to, kind: 'receive', label: `pong ${i}`, messageId: i });
    }
    const graph = buildEventGraph(['a', 'b'], specs);
    const [header, ...body] = toShiViz(graph).trimEnd().split('\n\n\n');
    const pairs = body
      .join('')
      .split('\n')
      .reduce<string[]>((acc, line, i, all) => {
        if (i % 2 === 0) acc.push(`${line}\n${all[i + 1]}`);
        return acc;
      }, []);
    // Worst case for the causal sort: every event of a, then every event of b.
    const grouped = [
      ...pairs.filter((p) => p.startsWith('a ')),
      ...pairs.filter((p) => p.startsWith('b ')),
    ];
    const result = parseShiViz(`${header}\n\n\n${grouped.join('\n')}\n`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(vectorClocks(result.executions[0]!.graph)).toEqual(vectorClocks(graph));
  });

  it('round-trips random graphs with the same happens-before relation', () => {
    const graphArbitrary = fc
      .array(
        fc.record({
          host: fc.nat(4),
          action: fc.constantFrom('local', 'send', 'receive'),
          pick: fc.nat(),
        }),
        {
          minLength: 1,
          maxLength: 40,
        },
      )
      .map((steps): EventGraph => {
        const specs: EventSpec[] = [];
        let sends = 0;
        steps.forEach((step, i) => {
          const host = `n${step.host}`;
          if (step.action === 'send')
            specs.push({ host, kind: 'send', label: `e${i}`, messageId: sends++ });
          else if (step.action === 'receive' && sends > 0)
            specs.push({ host, kind: 'receive', label: `e${i}`, messageId: step.pick % sends });
          else specs.push({ host, kind: 'local', label: `e${i}` });
        });
        const hosts = [...new Set(specs.map((spec) => spec.host))];
        return buildEventGraph(hosts, specs);
      });

    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const parsed = roundTrip(graph);
        expect(parsed.hosts).toEqual(graph.hosts);
        expect(parsed.events.map((e) => `${e.host} ${e.label}`)).toEqual(
          graph.events.map((e) => `${e.host} ${e.label}`),
        );
        expect(vectorClocks(parsed)).toEqual(vectorClocks(graph));
        // Every inferred message is a real one.
        const sendOf = new Map(
          parsed.events.filter((e) => e.kind === 'send').map((e) => [e.messageId, e.id]),
        );
        for (const event of parsed.events) {
          if (event.kind !== 'receive') continue;
          const send = graph.events[sendOf.get(event.messageId)!]!;
          expect(graph.events[event.id]).toMatchObject({
            kind: 'receive',
            messageId: send.messageId,
          });
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('toShiViz with events that receive several messages, or receive and send', () => {
  /** Random graphs whose events may merge up to three messages or relay one. */
  const graphArbitrary = fc
    .array(
      fc.record({
        host: fc.nat(4),
        action: fc.constantFrom('local', 'send', 'receive', 'merge', 'relay'),
        picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((steps): EventGraph => {
      const specs: EventSpec[] = [];
      let sends = 0;
      steps.forEach((step, i) => {
        const base = { host: `n${step.host}`, label: `e${i}` };
        const received = [...new Set(step.picks.map((pick) => pick % Math.max(1, sends)))];
        const [first, ...more] = step.action === 'merge' ? received : received.slice(0, 1);
        if (step.action === 'send') specs.push({ ...base, kind: 'send', messageId: sends++ });
        else if (sends === 0 || first === undefined || step.action === 'local')
          specs.push({ ...base, kind: 'local' });
        else if (step.action === 'relay')
          specs.push({ ...base, kind: 'send', messageId: sends++, receives: [first] });
        else
          specs.push({
            ...base,
            kind: 'receive',
            messageId: first,
            ...(more.length > 0 ? { receives: more } : {}),
          });
      });
      return buildEventGraph([...new Set(specs.map((spec) => spec.host))], specs);
    });

  /** Each message edge as "send id → receive id". */
  const edges = (graph: EventGraph) =>
    sendsReceivedBy(graph).flatMap((sends, id) => sends.map((send) => `${send}→${id}`));

  it('keeps every clock, infers only real messages, and re-exports the same log', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        expect(validateEventGraph(graph)).toEqual([]);
        const text = toShiViz(graph);
        const parsed = roundTrip(graph);
        expect(parsed.events.map((e) => `${e.host} ${e.label}`)).toEqual(
          graph.events.map((e) => `${e.host} ${e.label}`),
        );
        expect(vectorClocks(parsed)).toEqual(vectorClocks(graph));
        const real = new Set(edges(graph));
        for (const edge of edges(parsed)) expect(real).toContain(edge);
        // The parsed graph is a fixed point: written and read again, nothing changes.
        expect(toShiViz(parsed)).toBe(text);
        expect(roundTrip(parsed)).toEqual(parsed);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('round-trips a log with a merge and a relay exactly', () => {
    expect(roundTrip(relayAndMergeTrace)).toEqual(relayAndMergeTrace);
  });
});
