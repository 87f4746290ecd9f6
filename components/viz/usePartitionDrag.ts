'use client';
/**
 * Drawing a partition: press on the cluster's background, drag a line across it, release.
 * Nodes on either side of the line stop hearing each other; a second line refines the
 * groups. `d3-drag` tracks the gesture (mouse, pen and touch; no text selection while
 * dragging), one pointer at a time: a second finger neither restarts the line nor moves
 * it. The line follows the pointer through a ref, not React state. The partition panel
 * does the same from the keyboard.
 */
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import { useEffect, useRef, type RefObject } from 'react';
import type { PlayerStore } from '@/components/player/PlayerStore';
import { splitByLine, type Point } from './layout';

/** A drag shorter than this (viewBox units) is a click, not a cut. */
export const MIN_CUT_LENGTH = 60;
/** Below this movement (screen pixels) a press and release is still a click. */
export const CLICK_DISTANCE = 4;

/** The parts of a mouse or touch event that decide whether a cut may start. */
export interface StartEvent {
  readonly type: string;
  readonly button?: number;
  readonly ctrlKey?: boolean;
  readonly touches?: { readonly length: number };
}

/**
 * Whether a press starts a cut: the primary button or a single finger, and no cut
 * already under way (a second finger, or a mouse during a touch, is ignored). Pure.
 */
export function startsCut(event: StartEvent, cutting: boolean): boolean {
  if (cutting || event.ctrlKey || event.button) return false;
  return event.type !== 'touchstart' || (event.touches?.length ?? 0) <= 1;
}

/** The groups a cut from `from` to `to` makes, or null when it is a click or cuts nothing. */
export function cutGroups(
  from: Point,
  to: Point,
  groups: readonly (readonly string[])[] | null,
  ids: readonly string[],
  positions: ReadonlyMap<string, Point>,
): string[][] | null {
  if (Math.hypot(to.x - from.x, to.y - from.y) < MIN_CUT_LENGTH) return null;
  return splitByLine(groups ?? [ids], positions, from, to);
}

interface Options {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly store: PlayerStore;
  readonly positions: ReadonlyMap<string, Point>;
  readonly groups: readonly (readonly string[])[] | null;
  readonly ids: readonly string[];
  readonly enabled: boolean;
}

type CutEvent = D3DragEvent<SVGSVGElement, unknown, Point>;

export function usePartitionDrag({ svgRef, store, positions, groups, ids, enabled }: Options) {
  const lineRef = useRef<SVGLineElement>(null);
  // The gesture reads the latest layout and groups without being re-attached.
  const latest = useRef({ store, positions, groups, ids });
  latest.current = { store, positions, groups, ids };

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !enabled) return;
    let from: Point | null = null;
    const line = () => select(lineRef.current);
    const hide = () => {
      from = null;
      line().attr('visibility', 'hidden');
    };
    const behaviour = drag<SVGSVGElement, unknown>()
      .container(svg)
      .filter((event: StartEvent) => startsCut(event, from !== null))
      .clickDistance(CLICK_DISTANCE)
      .on('start', (event: CutEvent) => {
        from = { x: event.x, y: event.y };
      })
      .on('drag', (event: CutEvent) => {
        if (!from) return;
        line()
          .attr('x1', from.x)
          .attr('y1', from.y)
          .attr('x2', event.x)
          .attr('y2', event.y)
          .attr('visibility', 'visible');
      })
      .on('end', (event: CutEvent) => {
        const start = from;
        hide();
        const source = event.sourceEvent as Event | null;
        if (!start || source?.type === 'touchcancel') return;
        const current = latest.current;
        const split = cutGroups(
          start,
          { x: event.x, y: event.y },
          current.groups,
          current.ids,
          current.positions,
        );
        if (split) current.store.issue({ type: 'partition', groups: split });
      });
    const selection = select(svg).call(behaviour);
    return () => {
      selection.on('.drag', null);
      hide();
    };
  }, [svgRef, enabled]);

  return { lineRef };
}
