'use client';
/**
 * Drawing a partition: press on the cluster's background, drag a line across it, release.
 * Nodes on either side of the line stop hearing each other; a second line refines the
 * groups. The line follows the pointer through a ref, not React state.
 */
import { useCallback, useRef, type PointerEvent } from 'react';
import type { PlayerStore } from '@/components/player/PlayerStore';
import { splitByLine, type Point } from './layout';

/** A drag shorter than this (viewBox units) is a click, not a cut. */
const MIN_CUT_LENGTH = 60;

interface Options {
  readonly store: PlayerStore;
  readonly positions: ReadonlyMap<string, Point>;
  readonly groups: readonly (readonly string[])[] | null;
  readonly ids: readonly string[];
  readonly enabled: boolean;
}

function toSvgPoint(event: PointerEvent<SVGSVGElement>): Point | null {
  const matrix = event.currentTarget.getScreenCTM();
  if (!matrix) return null;
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return { x: point.x, y: point.y };
}

export function usePartitionDrag({ store, positions, groups, ids, enabled }: Options) {
  const lineRef = useRef<SVGLineElement>(null);
  const start = useRef<Point | null>(null);

  const moveLine = (a: Point, b: Point) => {
    const line = lineRef.current;
    if (!line) return;
    line.setAttribute('x1', String(a.x));
    line.setAttribute('y1', String(a.y));
    line.setAttribute('x2', String(b.x));
    line.setAttribute('y2', String(b.y));
    line.setAttribute('visibility', 'visible');
  };

  const onPointerDown = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      if (!enabled || event.button !== 0) return;
      const point = toSvgPoint(event);
      if (!point) return;
      start.current = point;
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    [enabled],
  );

  const onPointerMove = useCallback((event: PointerEvent<SVGSVGElement>) => {
    const from = start.current;
    const to = from && toSvgPoint(event);
    if (from && to) moveLine(from, to);
  }, []);

  const finish = useCallback(() => {
    start.current = null;
    lineRef.current?.setAttribute('visibility', 'hidden');
  }, []);

  const onPointerUp = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const from = start.current;
      const to = from && toSvgPoint(event);
      finish();
      if (!from || !to || Math.hypot(to.x - from.x, to.y - from.y) < MIN_CUT_LENGTH) return;
      const split = splitByLine(groups ?? [ids], positions, from, to);
      if (split) store.issue({ type: 'partition', groups: split });
    },
    [finish, groups, ids, positions, store],
  );

  return { lineRef, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: finish };
}
