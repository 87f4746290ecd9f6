/**
 * The claims of content/light-cones.mdx, checked on the engine with the exact parameters
 * and commands its widgets use: each figure the prose quotes, that the deciding fact is
 * already true at each prediction's `pauseAt` (and not just before), and, at the end,
 * that every time in the lesson is one of the figures pinned here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { happensBefore } from '@/sim/checkers/causality';
import { hashTrace } from '@/sim/core/trace';
import { parseDuration, US_PER_MS, type Micros } from '@/sim/core/time';
import { positionOf } from './geometry';
import { findShotEvent, shotClocks, shotOrder } from './shotClocks';
import { contextOf, lessonRun, notes, runVisibility, S, shotGraph, traced } from './testing/runs';

const lesson = readFileSync(join(process.cwd(), 'content', 'light-cones.mdx'), 'utf8');
const MS = US_PER_MS;
const near = { gap: '20', distance: '400ms', spread: '100' };
const later = { gap: '450', distance: '400ms', spread: '100' };
const slowN5 = [{ at: '0.5s', type: 'slow', node: 'n5', factor: 3 }];
const split = [
  {
    at: '0.5s',
    type: 'partition',
    groups: [
      ['n1', 'n3'],
      ['n2', 'n4', 'n5'],
    ],
  },
  { at: '3s', type: 'heal' },
];
const observers = ['n3', 'n4', 'n5'];

/** Every time the tests below pin, in µs; the last test checks the prose against it. */
const pinned = new Set<Micros>();
function pin(...times: Micros[]): void {
  for (const t of times) pinned.add(t);
}

function seenBy(sim: ReturnType<typeof runVisibility>, id: string) {
  return contextOf(sim, id).seen;
}

function knowsBoth(sim: ReturnType<typeof runVisibility>, id: string): boolean {
  const seen = seenBy(sim, id);
  return seen.soldier !== undefined && seen.sniper !== undefined;
}

/** The `pauseAt` of the Predict whose question starts with `start`. */
function pauseAtOf(start: string): Micros {
  const at = lesson.indexOf(`question="${start}`);
  expect(at, start).toBeGreaterThan(-1);
  const match = /pauseAt="([^"]+)"/.exec(lesson.slice(at));
  return parseDuration(match![1]!)!;
}

describe('two shots, five points of view (gap 20 ms)', () => {
  const sim = runVisibility(near);
  const pause = pauseAtOf('The soldier fired 20 ms before the sniper');

  it('shows observers at different distances different orders for the same run', () => {
    expect(observers.map((id) => contextOf(sim, id).order)).toEqual([
      'soldier-first',
      'soldier-first',
      'sniper-first',
    ]);
    expect(seenBy(sim, 'n5')).toEqual({ sniper: 1120 * MS, soldier: 1300 * MS });
    expect(seenBy(sim, 'n3')).toEqual({ soldier: 1100 * MS, sniper: 1320 * MS });
    expect(seenBy(sim, 'n4')).toEqual({ soldier: 1200 * MS, sniper: 1220 * MS });
    expect(observers.map((id) => positionOf(id, lessonRun(near).params))).toEqual([
      100 * MS,
      200 * MS,
      300 * MS,
    ]);
    pin(1120 * MS, 1300 * MS, 1100 * MS, 1320 * MS, 20 * MS, 100 * MS, 200 * MS, 300 * MS);
    pin(400 * MS, S, 2 * S);
  });

  it('pauses at 1.32 s, the moment the last observer has heard both shots', () => {
    expect(pause).toBe(1320 * MS);
    expect(observers.every((id) => knowsBoth(runVisibility(near, [], pause), id))).toBe(true);
    expect(observers.every((id) => knowsBoth(runVisibility(near, [], pause - 1), id))).toBe(false);
  });

  it('has each shooter hear the other only after firing: neither can prove who was first', () => {
    expect(notes(sim, 'heard')).toEqual([
      "n2 (sniper) heard the soldier's shot 380 ms after firing: neither can prove who fired first",
      "n1 (soldier) heard the sniper's shot 420 ms after firing: neither can prove who fired first",
    ]);
    const { graph, shot } = shotGraph(sim);
    expect(happensBefore(graph, shot.soldier, shot.sniper)).toBe(false);
    expect(happensBefore(graph, shot.sniper, shot.soldier)).toBe(false);
    pin(380 * MS, 420 * MS);
  });
});

describe('when one shot is in the other’s cone (gap 450 ms)', () => {
  const sim = runVisibility(later);
  const pause = pauseAtOf('Now the sniper fires 450 ms after the soldier');

  it('has the sniper hear the soldier at 1.40 s and fire at 1.45 s, after it', () => {
    expect(seenBy(sim, 'n2')).toEqual({ soldier: 1400 * MS, sniper: 1450 * MS });
    const { graph, shot } = shotGraph(sim);
    expect(happensBefore(graph, shot.soldier, shot.sniper)).toBe(true);
    expect(happensBefore(graph, shot.sniper, shot.soldier)).toBe(false);
    pin(450 * MS, 1400 * MS, 1450 * MS, 2.5 * S);
  });

  it('makes every node put the soldier’s shot first; n5 hears his at 1.30 s, hers at 1.55 s', () => {
    expect(sim.world.nodeIds.map((id) => contextOf(sim, id).order)).toEqual(
      Array(5).fill('soldier-first'),
    );
    expect(seenBy(sim, 'n5')).toEqual({ soldier: 1300 * MS, sniper: 1550 * MS });
    pin(1550 * MS);
  });

  it('pauses at 1.75 s, when n3, the last observer, hears the sniper', () => {
    expect(pause).toBe(1750 * MS);
    expect(seenBy(sim, 'n3').sniper).toBe(pause);
    const at = runVisibility(later, [], pause);
    expect(observers.every((id) => knowsBoth(at, id))).toBe(true);
    expect(observers.map((id) => contextOf(at, id).order)).toEqual(Array(3).fill('soldier-first'));
    expect(knowsBoth(runVisibility(later, [], pause - 1), 'n3')).toBe(false);
    pin(1750 * MS);
  });
});

describe('a causal order is one everybody sees, with fixed latencies (any gap and distance)', () => {
  it('holds across the parameter range', () => {
    for (const distance of [100, 250, 400]) {
      for (let gap = -500; gap <= 500; gap += 25) {
        const sim = runVisibility({ gap: String(gap), distance: `${distance}ms`, observers: '5' });
        const { graph, shot } = shotGraph(sim);
        const soldierFirst = happensBefore(graph, shot.soldier, shot.sniper);
        const sniperFirst = happensBefore(graph, shot.sniper, shot.soldier);
        const where = `gap ${gap} ms, distance ${distance} ms`;
        expect(soldierFirst, where).toBe(gap > distance);
        expect(sniperFirst, where).toBe(-gap > distance);
        const all = sim.world.nodeIds.map((id) => contextOf(sim, id).order);
        if (soldierFirst) expect(new Set(all), where).toEqual(new Set(['soldier-first']));
        if (sniperFirst) expect(new Set(all), where).toEqual(new Set(['sniper-first']));
      }
    }
  });
});

describe('when relayed news overtakes (n5 three times slower)', () => {
  const sim = runVisibility(later, slowN5);
  const pause = pauseAtOf("With n5's links three times slower");

  it('delivers the soldier’s message to n5 after 900 ms and the sniper’s after 300 ms', () => {
    const sends = traced(sim).flatMap((e) => (e.type === 'send' && e.to === 'n5' ? [e] : []));
    expect(sends.map((e) => [e.from, e.deliverAt - e.at])).toEqual([
      ['n1', 900 * MS],
      ['n2', 300 * MS],
    ]);
    pin(900 * MS, 300 * MS, 500 * MS);
  });

  it('has n5 learn of both shots from n2 at 1.75 s, and the soldier’s own message 150 ms late', () => {
    expect(seenBy(sim, 'n5')).toEqual({ soldier: 1750 * MS, sniper: 1750 * MS });
    expect(contextOf(sim, 'n5').via).toEqual({ soldier: 'n2', sniper: 'n2' });
    expect(contextOf(sim, 'n5').order).toBe('soldier-first');
    expect(notes(sim, 'late')).toEqual([
      "n5 gets the soldier's own message 150 ms after n2's message told it of the shot",
    ]);
    const direct = traced(sim).find(
      (e) => e.type === 'deliver' && e.from === 'n1' && e.to === 'n5',
    );
    expect(direct?.at).toBe(1900 * MS);
    pin(1750 * MS, 1900 * MS, 150 * MS);
  });

  it('pauses at 1.75 s: n5 knows of the soldier’s shot while his own message is on the wire', () => {
    expect(pause).toBe(1750 * MS);
    const at = runVisibility(later, slowN5, pause);
    expect(seenBy(at, 'n5').soldier).toBe(pause);
    expect(at.inflight().some((m) => m.from === 'n1' && m.to === 'n5')).toBe(true);
    expect(seenBy(runVisibility(later, slowN5, pause - 1), 'n5')).toEqual({});
  });

  it('breaks the fixed-latency rule: arrival order alone would put the sniper’s shot first', () => {
    const arrivals = traced(sim).flatMap((e) =>
      e.type === 'deliver' && e.to === 'n5' ? [[e.from, e.at] as const] : [],
    );
    expect(arrivals).toEqual([
      ['n2', 1750 * MS],
      ['n1', 1900 * MS],
    ]);
  });
});

describe('the vector-clock exercise (the overtaking run)', () => {
  const sim = runVisibility(later, slowN5, 3 * S);
  const clocks = shotClocks(traced(sim), sim.world.nodeIds);
  const order = (a: Parameters<typeof findShotEvent>[1], b: Parameters<typeof findShotEvent>[1]) =>
    shotOrder(findShotEvent(clocks, a)!, findShotEvent(clocks, b)!);

  it('has the answers the lesson’s prose assumes', () => {
    expect(lesson).toContain("{ a: { node: 'n3', what: 'hears', from: 'n2' }");
    expect(
      order({ node: 'n3', what: 'hears', from: 'n2' }, { node: 'n5', what: 'hears', from: 'n1' }),
    ).toBe('concurrent');
    expect(
      order({ node: 'n2', what: 'hears', from: 'n1' }, { node: 'n5', what: 'hears', from: 'n2' }),
    ).toBe('before');
    expect(
      order({ node: 'n1', what: 'hears', from: 'n2' }, { node: 'n2', what: 'hears', from: 'n1' }),
    ).toBe('after');
    // "n3 hears the sniper 150 ms before n5 gets the soldier's message"
    const n3 = findShotEvent(clocks, { node: 'n3', what: 'hears', from: 'n2' })!;
    const n5 = findShotEvent(clocks, { node: 'n5', what: 'hears', from: 'n1' })!;
    expect(n5.at - n3.at).toBe(150 * MS);
    pin(3 * S);
  });
});

describe('a partition shrinks every cone', () => {
  const pause = pauseAtOf('At 0.5 s a partition splits');

  it('leaves each side knowing only its own shooter’s shot, a second after the heal', () => {
    expect(pause).toBe(4 * S);
    const sim = runVisibility(near, split, pause);
    for (const id of ['n1', 'n3']) expect(Object.keys(seenBy(sim, id)), id).toEqual(['soldier']);
    for (const id of ['n2', 'n4', 'n5'])
      expect(Object.keys(seenBy(sim, id)), id).toEqual(['sniper']);
    const drops = traced(sim).filter((e) => e.type === 'drop');
    expect(drops.map((e) => (e.type === 'drop' ? `${e.from}->${e.to} ${e.reason}` : ''))).toEqual([
      'n1->n4 partition',
      'n1->n5 partition',
      'n2->n3 partition',
      'n1->n2 partition',
      'n2->n1 partition',
    ]);
    expect(
      traced(runVisibility(near, split, 5 * S)).filter((e) => e.type === 'send' && e.at > 3 * S),
    ).toEqual([]);
    pin(500 * MS, 3 * S, 4 * S, 5 * S);
  });
});

describe('determinism', () => {
  it('gives the same trace for the same seed, and through a seek back', () => {
    const a = runVisibility(near, [{ at: '1.1s', type: 'crash', node: 'n4' }], 5 * S, 7);
    const b = runVisibility(near, [{ at: '1.1s', type: 'crash', node: 'n4' }], 5 * S, 7);
    expect(hashTrace(a.trace, a.traceEnd)).toBe(hashTrace(b.trace, b.traceEnd));
    const hash = hashTrace(a.trace, a.traceEnd);
    a.seek(1.2 * S);
    a.seek(5 * S);
    expect(hashTrace(a.trace, a.traceEnd)).toBe(hash);
  });
});

describe('every number in the lesson', () => {
  const body = lesson.split('---')[2]!;

  it('quotes only times pinned above', () => {
    const times = [...body.matchAll(/(?<![\w.])(\d+(?:\.\d+)?) ?(ms|s)\b/g)].map((m) => ({
      text: m[0],
      us: Math.round(Number(m[1]) * (m[2] === 'ms' ? MS : S)),
    }));
    expect(times.length).toBeGreaterThan(30);
    for (const { text, us } of times) expect(pinned.has(us), text).toBe(true);
  });

  it('has no other figure than the pinned distances, a node count, years and the slowdown', () => {
    const bare = [
      ...body
        .replace(/(?<![\w.])\d+(?:\.\d+)? ?(ms|s)\b/g, '')
        .matchAll(/(?<![\w.])\d+(?:\.\d+)?(?![\w.]*\d)/g),
    ].map((m) => m[0]);
    // The years are the papers'; 3 is the slowdown factor; 0 and 1 are Predict answer
    // indexes.
    const allowed = new Set(['1978', '1988', '1989', '3', '0', '1']);
    // A bare figure that is a pinned time in ms is a widget's `gap` or a distance.
    for (const figure of bare)
      expect(allowed.has(figure) || pinned.has(Number(figure) * MS), figure).toBe(true);
  });
});
