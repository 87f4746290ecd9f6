/**
 * The claims of content/light-cones.mdx, checked on the engine with the exact parameters
 * and commands its widgets use, plus the causal facts behind them, read off the trace
 * with the causality library.
 */
import { describe, expect, it } from 'vitest';
import { happensBefore, knowledgeFrontier, vectorClocks } from '@/sim/checkers/causality';
import { hashTrace } from '@/sim/core/trace';
import { US_PER_MS } from '@/sim/core/time';
import { contextOf, notes, runVisibility, S, shotGraph, traced } from './testing/runs';

const MS = US_PER_MS;
const near = { gap: '20', distance: '400ms', spread: '100' };
const later = { gap: '450', distance: '400ms', spread: '100' };
const observers = ['n3', 'n4', 'n5'];

function orders(sim: ReturnType<typeof runVisibility>, ids: readonly string[]): string[] {
  return ids.map((id) => contextOf(sim, id).order);
}

describe('two shots, five points of view (gap 20 ms)', () => {
  const sim = runVisibility(near);

  it('shows observers at different distances different orders for the same run', () => {
    expect(orders(sim, observers)).toEqual(['soldier-first', 'soldier-first', 'sniper-first']);
    expect(contextOf(sim, 'n5').seen).toEqual({ sniper: 1120 * MS, soldier: 1300 * MS });
    expect(contextOf(sim, 'n3').seen).toEqual({ soldier: 1100 * MS, sniper: 1320 * MS });
    expect(contextOf(sim, 'n4').seen).toEqual({ soldier: 1200 * MS, sniper: 1220 * MS });
  });

  it('has each shooter hear the other only after firing: neither can prove who was first', () => {
    expect(notes(sim, 'heard')).toEqual([
      "n2 (sniper) heard the soldier's shot 380 ms after firing: neither can prove who fired first",
      "n1 (soldier) heard the sniper's shot 420 ms after firing: neither can prove who fired first",
    ]);
  });

  it('makes the shots concurrent: neither is in the other’s causal past', () => {
    const { graph, shot } = shotGraph(sim);
    const clocks = vectorClocks(graph);
    expect(happensBefore(graph, shot.soldier, shot.sniper, clocks)).toBe(false);
    expect(happensBefore(graph, shot.sniper, shot.soldier, clocks)).toBe(false);
  });

  it('lets n4 know of the soldier’s shot at 1.21 s, and nothing of the sniper’s', () => {
    const { graph, shot } = shotGraph(sim);
    const known = knowledgeFrontier(graph, 'n4', 1210 * MS).known;
    expect(known).toContain(shot.soldier);
    expect(known).not.toContain(shot.sniper);
    expect(graph.events[shot.sniper]!.time).toBe(1210 * MS - 190 * MS);
  });
});

describe('when one shot is in the other’s cone (gap 450 ms)', () => {
  const sim = runVisibility(later);

  it('has the sniper hear the soldier at 1.40 s and fire at 1.45 s, after it', () => {
    expect(contextOf(sim, 'n2').seen).toEqual({ soldier: 1400 * MS, sniper: 1450 * MS });
    const { graph, shot } = shotGraph(sim);
    expect(happensBefore(graph, shot.soldier, shot.sniper)).toBe(true);
    expect(happensBefore(graph, shot.sniper, shot.soldier)).toBe(false);
  });

  it('makes every node put the soldier’s shot first', () => {
    expect(orders(sim, ['n1', 'n2', ...observers])).toEqual(Array(5).fill('soldier-first'));
    expect(contextOf(sim, 'n5').seen).toEqual({ soldier: 1300 * MS, sniper: 1550 * MS });
  });
});

describe('any gap and distance: a causal order is one everybody sees', () => {
  it('holds across the parameter range', () => {
    for (const distance of [100, 250, 400]) {
      for (let gap = -500; gap <= 500; gap += 25) {
        const sim = runVisibility({ gap: String(gap), distance: `${distance}ms`, observers: '5' });
        const { graph, shot } = shotGraph(sim);
        const soldierFirst = happensBefore(graph, shot.soldier, shot.sniper);
        const sniperFirst = happensBefore(graph, shot.sniper, shot.soldier);
        const where = `gap ${gap} ms, distance ${distance} ms`;
        // The sniper fires after the soldier's news lands only if the gap beats the distance.
        expect(soldierFirst, where).toBe(gap > distance);
        expect(sniperFirst, where).toBe(-gap > distance);
        const all = orders(sim, sim.world.nodeIds);
        if (soldierFirst) expect(new Set(all), where).toEqual(new Set(['soldier-first']));
        if (sniperFirst) expect(new Set(all), where).toEqual(new Set(['sniper-first']));
      }
    }
  });
});

describe('carrying the cone: n5 cannot hear the soldier', () => {
  const block = [{ at: '0.5s', type: 'block', from: 'n1', to: 'n5' }];

  it('learns of both shots from the sniper’s message at 1.55 s, in order', () => {
    const sim = runVisibility(later, block);
    const n5 = contextOf(sim, 'n5');
    expect(n5.seen).toEqual({ soldier: 1550 * MS, sniper: 1550 * MS });
    expect(n5.via).toEqual({ soldier: 'n2', sniper: 'n2' });
    expect(n5.order).toBe('soldier-first');
    const { graph, shot } = shotGraph(sim);
    expect(knowledgeFrontier(graph, 'n5', 2 * S).known).toContain(shot.soldier);
  });

  it('never learns of the soldier’s shot when the sniper fired without knowing of it', () => {
    const sim = runVisibility(near, block);
    expect(contextOf(sim, 'n5').seen).toEqual({ sniper: 1120 * MS });
    const { graph, shot } = shotGraph(sim);
    expect(knowledgeFrontier(graph, 'n5', 5 * S).known).not.toContain(shot.soldier);
  });
});

describe('a partition shrinks every cone', () => {
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

  it('leaves each side knowing only its own shooter’s shot, even after the heal', () => {
    const sim = runVisibility(near, split, 5 * S);
    for (const id of ['n1', 'n3'])
      expect(Object.keys(contextOf(sim, id).seen), id).toEqual(['soldier']);
    for (const id of ['n2', 'n4', 'n5'])
      expect(Object.keys(contextOf(sim, id).seen), id).toEqual(['sniper']);
    const crossing = traced(sim).filter((e) => e.type === 'drop');
    // n1's messages to n2, n4 and n5, and n2's to n1 and n3, die on the wire.
    expect(
      crossing.map((e) => (e.type === 'drop' ? `${e.from}->${e.to} ${e.reason}` : '')),
    ).toEqual([
      'n1->n4 partition',
      'n1->n5 partition',
      'n2->n3 partition',
      'n1->n2 partition',
      'n2->n1 partition',
    ]);
    expect(traced(sim).filter((e) => e.type === 'send' && e.at > 3 * S)).toEqual([]);
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
