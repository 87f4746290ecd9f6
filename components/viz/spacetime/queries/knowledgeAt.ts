/**
 * "What can `host` know at `cursor`?", as the library's `knowledgeFrontier` answers it
 * on the graph as of `count` events, read off the layout's clocks. The host's last event
 * at or before the cursor is found by position (µs or Lamport time), so it works on both
 * axes; its vector clock is the frontier (Mattern 1989, section 4), and on lane h the
 * latest event it knows is the VC[h]-th. Pure; O(lanes + log events).
 */
import type { KnowledgeFrontier } from '@/sim/checkers/causality';
import { frontierPoints, frontierRegion, type Point } from './frontier';
import { eventX, laneHeight, type XScale } from '../drawing/geometry';
import { lastAtOrBefore } from './laneSearch';
import type { SpaceTimeData } from '../data/spaceTimeData';

/** The parts of a `KnowledgeFrontier` the view shows. */
export type LaneKnowledge = Pick<
  KnowledgeFrontier,
  'host' | 'lastEventId' | 'clock' | 'latestByHost'
>;

export function lastEventOf(
  data: SpaceTimeData,
  host: string,
  cursor: number,
  count: number,
): number | null {
  const lane = data.hosts.indexOf(host);
  return lane < 0 ? null : lastAtOrBefore(data.layout, lane, cursor, count);
}

export function knowledgeAt(
  data: SpaceTimeData,
  host: string,
  cursor: number,
  count: number,
): LaneKnowledge {
  const { layout } = data;
  const last = lastEventOf(data, host, cursor, count);
  // With no held event yet, the host knows what its last event before the stretch did.
  const lane = data.hosts.indexOf(host);
  const clock =
    last !== null
      ? layout.clockVector(last)
      : lane >= 0
        ? layout.clockBefore(lane)
        : new Array<number>(data.hosts.length).fill(0);
  // Null also for a lane whose latest known event came before the held stretch.
  const latestByHost = clock.map((seen, lane) => layout.heldAt(lane, seen));
  return { host, lastEventId: last, clock, latestByHost };
}

/** The chosen node's knowledge at the cursor, as drawn: its clock and its frontier line. */
export interface DrawnKnowledge {
  readonly clock: readonly number[];
  /** The frontier line, top to bottom, in pixels. */
  readonly line: Point[];
  /** The shaded region left of the line. */
  readonly region: Point[];
  /** Changes when `knowledgeFrontier` ran again (the shading on settled events may change). */
  readonly key: string;
}

/**
 * Follows "what can `host` know" as the cursor moves. The frontier depends only on the
 * host's last event before the cursor, so `knowledgeFrontier` runs again only when that
 * event (or the data) changes; each call re-projects the cached answer to pixels.
 */
export class KnowledgeTracker {
  private cache: {
    readonly key: string;
    readonly layout: SpaceTimeData['layout'];
    readonly latest: readonly (number | null)[];
    readonly clock: readonly number[];
  } | null = null;

  /** Forget the cached answer (new data). */
  reset(): void {
    this.cache = null;
  }

  at(
    data: SpaceTimeData,
    host: string | null,
    seen: { readonly cursor: number; readonly count: number },
    scale: XScale,
    left: number,
    right: number,
  ): DrawnKnowledge | null {
    const lane = host === null ? -1 : data.hosts.indexOf(host);
    if (host === null || lane < 0) return null;
    const { layout } = data;
    const { cursor, count } = seen;
    const key = `${host}:${lastEventOf(data, host, cursor, count)}`;
    let cache = this.cache;
    if (cache === null || cache.key !== key || cache.layout !== layout) {
      const frontier = knowledgeAt(data, host, cursor, count);
      cache = { key, layout, latest: frontier.latestByHost, clock: frontier.clock };
      this.cache = cache;
    }
    const latestX = cache.latest.map((id) => (id === null ? null : eventX(scale, layout, id)));
    const cursorX = Math.max(left, Math.min(scale(cursor), right));
    const line = frontierPoints(latestX, lane, cursorX, left, laneHeight(data.hosts.length));
    return { clock: cache.clock, line, region: frontierRegion(line, left), key };
  }
}
