/**
 * Where everyone stands: observers spaced linearly between the shooters, latency equal to
 * distance along the line, and shot times from the gap.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, type ParamValues } from '@/sim/core/params';
import { US_PER_MS, US_PER_S } from '@/sim/core/time';
import {
  fireTime,
  latencyBetween,
  linkLatencies,
  positionOf,
  roleOf,
  visibilityNodes,
} from './geometry';
import { mutualVisibilityParams } from './params';

const MS = US_PER_MS;

function params(overrides: Partial<ParamValues> = {}): ParamValues {
  return { ...defaultParams(mutualVisibilityParams), ...overrides } as ParamValues;
}

describe('geometry', () => {
  it('names n1 the soldier, n2 the sniper and the rest observers', () => {
    expect(visibilityNodes(params({ observers: 3 })).map(roleOf)).toEqual([
      'soldier',
      'sniper',
      'observer',
      'observer',
      'observer',
    ]);
  });

  it('spaces observers evenly between the shooters at full spread', () => {
    const p = params({ distance: 400 * MS, observers: 3, spread: 100 });
    expect(['n1', 'n3', 'n4', 'n5', 'n2'].map((id) => positionOf(id, p))).toEqual([
      0,
      100 * MS,
      200 * MS,
      300 * MS,
      400 * MS,
    ]);
    expect(latencyBetween('n5', 'n1', p)).toBe(300 * MS);
    expect(latencyBetween('n5', 'n2', p)).toBe(100 * MS);
  });

  it('moves observers linearly toward the midpoint as spread falls', () => {
    const p = params({ distance: US_PER_S, observers: 5, spread: 50 });
    const xs = ['n3', 'n4', 'n5', 'n6', 'n7'].map((id) => positionOf(id, p));
    const steps = xs.slice(1).map((x, i) => x - xs[i]!);
    // Equal steps, up to rounding to whole microseconds.
    for (const step of steps) expect(Math.abs(step - steps[0]!)).toBeLessThanOrEqual(1);
    expect(xs[2]).toBe(500 * MS);
    const packed = params({ distance: US_PER_S, observers: 5, spread: 0 });
    for (const id of ['n3', 'n4', 'n5', 'n6', 'n7']) expect(positionOf(id, packed)).toBe(500 * MS);
  });

  it('lists a constant latency for every ordered pair, the same both ways', () => {
    const p = params({ observers: 4, spread: 0 });
    const links = linkLatencies(p);
    expect(Object.keys(links)).toHaveLength(6 * 5);
    expect(links['n3->n4']).toEqual({ kind: 'constant', us: MS }); // side by side: the floor
    expect(links['n1->n2']).toEqual(links['n2->n1']);
  });

  it('keeps the triangle inequality: no detour beats a direct link', () => {
    for (const spread of [0, 30, 100]) {
      const p = params({ observers: 5, spread });
      const nodes = visibilityNodes(p);
      for (const a of nodes)
        for (const b of nodes)
          for (const c of nodes)
            if (a !== c)
              expect(latencyBetween(a, c, p)).toBeLessThanOrEqual(
                latencyBetween(a, b, p) + latencyBetween(b, c, p),
              );
    }
  });

  it('fires the soldier at 1 s and the sniper `gap` ms later, or earlier', () => {
    expect(fireTime('soldier', params({ gap: -300 }))).toBe(US_PER_S);
    expect(fireTime('sniper', params({ gap: 20 }))).toBe(US_PER_S + 20 * MS);
    expect(fireTime('sniper', params({ gap: -300 }))).toBe(700 * MS);
  });
});
