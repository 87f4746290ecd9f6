/**
 * Two of ShiViz's public example logs (testdata/README.md) render with the right number
 * of hosts, events and messages. The test counts them from the raw text on its own: a
 * clock line is "host {json}", and the messages into an event are the latest events of
 * what it newly knows (Mattern 1989, section 4): those of its causal past that its
 * host's previous event did not know, and that no other such event happens before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShiViz } from './parseShiViz';
import { executionsOf } from './testing';

interface Counted {
  readonly hosts: number;
  readonly events: number;
  readonly messages: number;
  /** Events with more than one message in. */
  readonly merges: number;
  /** Events with a message in and a message out. */
  readonly relays: number;
}

interface Entry {
  readonly host: string;
  readonly clock: Map<string, number>;
}

const CLOCK_LINE = /^(\S+) (\{.*\})\s*$/;

/** Hosts, events and message edges from the clock lines alone. O(events²). */
function countFromClocks(text: string): Counted {
  const events = text.split('\n').flatMap((line): Entry[] => {
    const match = CLOCK_LINE.exec(line);
    if (!match) return [];
    const clock = new Map(Object.entries(JSON.parse(match[2]!) as Record<string, number>));
    return [{ host: match[1]!, clock }];
  });
  const own = (e: Entry) => e.clock.get(e.host) ?? 0;
  // e happens before (or is) f: f's clock has seen e.
  const seen = (e: Entry, f: Entry) => (f.clock.get(e.host) ?? 0) >= own(e);
  const byPlace = new Map(events.map((e) => [`${e.host}:${own(e)}`, e]));
  const parents = events.map((r) => {
    const previous = byPlace.get(`${r.host}:${own(r) - 1}`);
    const fresh = events.filter(
      (e) => e.host !== r.host && seen(e, r) && !(previous && seen(e, previous)),
    );
    return fresh.filter((e) => !fresh.some((f) => f !== e && seen(e, f)));
  });
  const isParent = new Set(parents.flat());
  return {
    hosts: new Set(events.map((e) => e.host)).size,
    events: events.length,
    messages: parents.reduce((n, list) => n + list.length, 0),
    merges: parents.filter((list) => list.length > 1).length,
    relays: events.filter((e, i) => isParent.has(e) && parents[i]!.length > 0).length,
  };
}

/** The same counts from the parsed graph. */
function countParsed(text: string, regex: string): Counted {
  const [log, ...more] = executionsOf(parseShiViz(text, { regex }));
  expect(more).toHaveLength(0);
  const events = log!.graph.events;
  const into = events.map((e) => (e.kind === 'receive' ? 1 : 0) + (e.receives?.length ?? 0));
  return {
    hosts: log!.hosts.length,
    events: events.length,
    messages: into.reduce((a, b) => a + b, 0),
    merges: into.filter((n) => n > 1).length,
    relays: events.filter((e, i) => e.kind === 'send' && into[i]! > 0).length,
  };
}

const read = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe.each([
  ['chord.log', String.raw`(?<host>\S*) (?<clock>{.*})\n(?<event>.*)`, 8, 1235],
  ['simpledb.log', String.raw`(?<event>.*)\n(?<host>\S*) (?<clock>{.*})`, 5, 509],
])('%s', (name, regex, hosts, events) => {
  const text = read(name);
  const counted = countFromClocks(text);
  const parsed = countParsed(text, regex);

  it('has the hosts and entries its README gives', () => {
    expect(counted).toMatchObject({ hosts, events });
  });

  it('parses with every host, event and message the clocks show', () => {
    expect(parsed).toEqual(counted);
    expect(counted.messages).toBeGreaterThan(0);
  });
});

describe('what the two logs need', () => {
  it('chord.log has an event that both receives and sends', () => {
    expect(countFromClocks(read('chord.log')).relays).toBeGreaterThan(0);
  });

  it('simpledb.log has events that receive from several events at once', () => {
    expect(countFromClocks(read('simpledb.log')).merges).toBeGreaterThan(0);
  });
});
