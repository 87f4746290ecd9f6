import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams, type ParamValues, Simulation } from '@/sim/core';
import { failureDetector } from '@/sim/scenarios/failure-detection/scenario';
import { clusterGeometry, trimmedLink, type Point } from './layout';
import { DotBuffer, messagePositions } from './messageLayer';
import {
  ENVELOPE_EDGE,
  ENVELOPE_MIN,
  envelope,
  LinkPaths,
  linkPath,
  lostOpacity,
  travelled,
} from './messageMotion';

const point = fc.record({
  x: fc.double({ min: -1_000, max: 1_000, noNaN: true }),
  y: fc.double({ min: -1_000, max: 1_000, noNaN: true }),
});
/** Two node centres far enough apart for a link between their rims. */
const link = fc
  .tuple(point, point, fc.double({ min: 0, max: 20, noNaN: true }))
  .filter(([a, b, inset]) => Math.hypot(b.x - a.x, b.y - a.y) > 2 * inset + 1);
const PROPERTY = { numRuns: 300 } as const;

describe('a message on its link', () => {
  it('is exactly at the sender’s rim when sent and at the receiver’s rim when delivered', () => {
    fc.assert(
      fc.property(link, ([from, to, inset]) => {
        const [start, end] = trimmedLink(from, to, inset);
        const path = linkPath(from, to, inset);
        expect({ ...path(0) }).toEqual(start);
        expect({ ...path(1) }).toEqual(end);
      }),
      PROPERTY,
    );
  });

  it('moves monotonically along the link as virtual time passes', () => {
    fc.assert(
      fc.property(
        link,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.array(fc.integer({ min: -100_000, max: 6_000_000 }), { minLength: 2, maxLength: 30 }),
        ([from, to, inset], sentAt, span, times) => {
          const paths = new LinkPaths();
          const [start] = trimmedLink(from, to, inset);
          let last = -1;
          for (const now of [...times].sort((a, b) => a - b)) {
            const at = paths.at(from, to, inset, travelled(sentAt, sentAt + span, sentAt + now));
            const gone = Math.hypot(at.x - start.x, at.y - start.y);
            expect(gone).toBeGreaterThanOrEqual(last - 1e-9);
            last = gone;
          }
        },
      ),
      PROPERTY,
    );
  });

  it('is a function of virtual time: the same instant gives the same point, whatever came before', () => {
    const from: Point = { x: 10, y: 20 };
    const to: Point = { x: 300, y: 180 };
    const fresh = new LinkPaths().at(from, to, 12, travelled(1_000, 5_000, 2_500));
    const expected = { x: fresh.x, y: fresh.y };
    const paths = new LinkPaths();
    for (const now of [4_900, 1_000, 3_000, 2_500]) {
      const at = paths.at(from, to, 12, travelled(1_000, 5_000, now));
      if (now === 2_500) expect({ x: at.x, y: at.y }).toEqual(expected);
    }
    // A new inset (a resized cluster) is a new path, not the old one.
    const wider = paths.at(from, to, 20, 0);
    expect(wider.x).not.toBe(trimmedLink(from, to, 12)[0].x);
  });

  it('travels linearly in time and clamps before sending and after delivery', () => {
    expect(travelled(1_000, 3_000, 1_000)).toBe(0);
    expect(travelled(1_000, 3_000, 2_000)).toBe(0.5);
    expect(travelled(1_000, 3_000, 3_000)).toBe(1);
    expect(travelled(1_000, 3_000, 0)).toBe(0);
    expect(travelled(1_000, 3_000, 9_000)).toBe(1);
    expect(travelled(1_000, 1_000, 1_000)).toBe(0);
  });
});

describe('the visual envelope', () => {
  it('grows a dot in after sending and shrinks it before delivery, full size between', () => {
    expect(envelope(0, false)).toBe(ENVELOPE_MIN);
    expect(envelope(1, false)).toBe(ENVELOPE_MIN);
    expect(envelope(0.5, false)).toBe(1);
    expect(envelope(ENVELOPE_EDGE, false)).toBe(1);
    let last = 0;
    for (let t = 0; t <= ENVELOPE_EDGE; t += ENVELOPE_EDGE / 50) {
      const size = envelope(t, false);
      expect(size).toBeGreaterThanOrEqual(last);
      expect(envelope(1 - t, false)).toBeCloseTo(size, 9);
      last = size;
    }
    // Eased, not linear: a quarter of the way into the edge it is past a quarter grown.
    const quarter = (envelope(ENVELOPE_EDGE / 4, false) - ENVELOPE_MIN) / (1 - ENVELOPE_MIN);
    expect(quarter).toBeGreaterThan(0.4);
  });

  it('is flat with reduced motion, and a lost cross stays fully drawn', () => {
    for (const t of [0, 0.05, 0.5, 0.99, 1]) expect(envelope(t, true)).toBe(1);
    for (const fresh of [1, 0.5, 0]) expect(lostOpacity(fresh, true)).toBe(1);
  });

  it('fades a lost message’s cross from opaque to its floor, never below', () => {
    expect(lostOpacity(1, false)).toBe(1);
    expect(lostOpacity(0, false)).toBe(0.15);
    expect(lostOpacity(-3, false)).toBe(0.15);
    expect(lostOpacity(0.75, false)).toBeGreaterThan(lostOpacity(0.25, false));
  });
});

describe('messagePositions on a run', () => {
  it('gives the same dots at an instant reached by playing on or by seeking back', () => {
    const values = { ...defaultParams(failureDetector.params), nodes: 7 } as ParamValues;
    const sim = new Simulation(failureDetector, values, 9, []);
    const geometry = clusterGeometry(sim.world.nodeIds.length);
    const positions = new Map<string, Point>(
      sim.world.nodeIds.map((id, index) => [id, geometry.points[index]!]),
    );
    const snapshot = () => {
      const dots = messagePositions(sim, positions, geometry.inset, new DotBuffer());
      return Array.from({ length: dots.count }, (_, i) => [
        dots.ids[i],
        dots.xs[i],
        dots.ys[i],
        dots.sizes[i],
      ]);
    };
    sim.seek(1_234_567);
    const first = snapshot();
    expect(first.length).toBeGreaterThan(0);
    sim.seek(2_500_000);
    sim.seek(1_234_567);
    expect(snapshot()).toEqual(first);
    // Every dot is between the envelope's floor and full size.
    for (const [, , , size] of first) {
      expect(size).toBeGreaterThanOrEqual(ENVELOPE_MIN);
      expect(size).toBeLessThanOrEqual(1);
    }
  });
});
