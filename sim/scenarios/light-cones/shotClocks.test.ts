import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { happensBefore } from '@/sim/checkers/causality';
import {
  clockText,
  describeShotEvent,
  findShotEvent,
  orderReason,
  shotClocks,
  shotOrder,
} from './shotClocks';
import { runVisibility, shotGraph, traced } from './testing/runs';

const relayed = { gap: '450', distance: '400ms', spread: '100' };
const slowN5 = [{ at: '0.5s', type: 'slow', node: 'n5', factor: 3 }];

describe('the clocks of shots and hearings', () => {
  const sim = runVisibility(relayed, slowN5);
  const clocks = shotClocks(traced(sim), sim.world.nodeIds);
  const event = (ref: Parameters<typeof findShotEvent>[1]) => findShotEvent(clocks, ref)!;

  it('counts a shot and each hearing as one event', () => {
    const n5 = event({ node: 'n5', what: 'hears', from: 'n1' });
    expect(describeShotEvent(n5)).toBe('n5 hears n1 (the soldier) at 1.90 s');
    expect(clockText(clocks.hosts, n5.clock)).toBe('[n1 1, n2 2, n3 0, n4 0, n5 2]');
    expect(clockText(clocks.hosts, event({ node: 'n2', what: 'fires' }).clock)).toBe(
      '[n1 1, n2 2, n3 0, n4 0, n5 0]',
    );
  });

  it('orders and explains, naming the deciding entries', () => {
    const n3 = event({ node: 'n3', what: 'hears', from: 'n2' });
    const n5 = event({ node: 'n5', what: 'hears', from: 'n1' });
    expect(shotOrder(n3, n5)).toBe('concurrent');
    expect(orderReason(clocks.hosts, n3, n5)).toMatch(/ahead at n3 \(2 > 0\).* at n5 \(2 > 0\)/);
    const shot = event({ node: 'n1', what: 'fires' });
    expect(shotOrder(shot, n5)).toBe('before');
    expect(shotOrder(n5, shot)).toBe('after');
  });

  it('agrees with happens-before on the full trace, for any gap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), (gap) => {
        const run = runVisibility({ ...relayed, gap: String(gap) });
        const mine = shotClocks(traced(run), run.world.nodeIds);
        const { graph, shot } = shotGraph(run);
        const a = findShotEvent(mine, { node: 'n1', what: 'fires' })!;
        const b = findShotEvent(mine, { node: 'n2', what: 'fires' })!;
        const order = shotOrder(a, b);
        expect(order === 'before').toBe(happensBefore(graph, shot.soldier, shot.sniper));
        expect(order === 'after').toBe(happensBefore(graph, shot.sniper, shot.soldier));
      }),
      { numRuns: 40 },
    );
  });
});
