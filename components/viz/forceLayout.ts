/**
 * Topologies that are not rings, laid out by d3-force. The simulation runs synchronously
 * (stopped at once, then ticked by hand, as d3-force's own tests do) and draws its
 * randomness from Lightcone's seeded PRNG, so the same nodes and seed always give the
 * same picture, in any browser.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { createRng, nextFloat } from '@/sim/core';
import { CENTER, VIEW_SIZE, type Point } from './layout';

export interface ForceSpec {
  readonly ids: readonly string[];
  /** Springs between nodes: [a, b, rest length in viewBox units]. */
  readonly springs: readonly (readonly [string, string, number])[];
  /** Nodes held in place, such as a hub at the centre. */
  readonly pinned?: ReadonlyMap<string, Point>;
  /** How much room each node needs (radius, viewBox units). */
  readonly radius: number;
  readonly seed: number;
}

interface Body extends SimulationNodeDatum {
  readonly id: string;
}

/** Ticks: d3-force's default alpha decay reaches its minimum in about 300. */
const TICKS = 300;
/** Width of the square the free nodes start in, around the centre. */
const START_SPREAD = 200;
/** Room kept between the layout and the edge of the view. */
const MARGIN = 70;

/** Positions for `spec.ids`, in order. Pure: the same spec gives the same points. */
export function forceLayout(spec: ForceSpec): Point[] {
  const rng = createRng(spec.seed);
  const bodies: Body[] = spec.ids.map((id) => {
    const pin = spec.pinned?.get(id);
    if (pin) return { id, x: pin.x, y: pin.y, fx: pin.x, fy: pin.y };
    // Seeded starting points: the seed, not d3's fixed spiral, picks among the layouts.
    return {
      id,
      x: CENTER + (nextFloat(rng) - 0.5) * START_SPREAD,
      y: CENTER + (nextFloat(rng) - 0.5) * START_SPREAD,
    };
  });
  const links = spec.springs.map(([source, target, distance]) => ({ source, target, distance }));
  const simulation = forceSimulation(bodies)
    .randomSource(() => nextFloat(rng))
    .force(
      'link',
      forceLink<Body, (typeof links)[number]>(links)
        .id((body) => body.id)
        .distance((link) => link.distance),
    )
    .force('charge', forceManyBody().strength(-30 * spec.radius))
    .force('collide', forceCollide(spec.radius * 1.6))
    .force('x', forceX(CENTER).strength(0.02))
    .force('y', forceY(CENTER).strength(0.02))
    .stop();
  simulation.tick(TICKS);
  return fit(bodies.map((body) => ({ x: body.x ?? CENTER, y: body.y ?? CENTER })));
}

/** Scales points about the centre so that they fit the view with a margin. Pure. */
function fit(points: readonly Point[]): Point[] {
  const reach = Math.max(
    1,
    ...points.map((p) => Math.max(Math.abs(p.x - CENTER), Math.abs(p.y - CENTER))),
  );
  const k = Math.min(1, (VIEW_SIZE / 2 - MARGIN) / reach);
  return points.map((p) => ({ x: CENTER + (p.x - CENTER) * k, y: CENTER + (p.y - CENTER) * k }));
}
