'use client';
/**
 * Partitions drawn as regions: the disc is split into one wedge per node, each tinted by
 * the node's group, with a boundary wherever neighbouring wedges belong to different
 * groups. A straight cut gives contiguous regions; any grouping stays readable. Regions
 * fade in, change colour and fade out with `selection.join` and `d3-transition`; React
 * renders only the group they live in.
 */
import 'd3-transition';
import { select, type BaseType } from 'd3-selection';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { CENTER } from './layout';
import { fillBetween, motionDuration } from './motion';
import { partitionShapes, type Boundary, type Wedge } from './partitionShapes';
import styles from './cluster.module.css';

/** A region's opacity once it is shown. */
export const REGION_OPACITY = 0.55;

export function PartitionRegions({
  ids,
  groups,
  reducedMotion,
}: {
  ids: readonly string[];
  groups: readonly (readonly string[])[] | null;
  reducedMotion: boolean;
}) {
  const ref = useRef<SVGGElement>(null);
  const shapes = useMemo(() => partitionShapes(ids, groups), [ids, groups]);

  useLayoutEffect(() => {
    const root = select<BaseType, unknown>(ref.current);
    const t = root.transition('regions').duration(motionDuration(reducedMotion));
    // Entering shapes start where they end when there is no motion.
    const hidden = reducedMotion ? REGION_OPACITY : 0;
    root
      .selectAll<SVGPathElement, Wedge>('path[data-region]')
      .data(shapes.wedges, (wedge) => wedge.id)
      .join(
        (enter) =>
          enter
            .append('path')
            .attr('data-region', (wedge) => wedge.id)
            .attr('d', (wedge) => wedge.d)
            .style('fill', (wedge) => wedge.fill)
            .attr('opacity', hidden),
        (update) => update.attr('d', (wedge) => wedge.d),
        (exit) => exit.call((gone) => gone.transition(t).attr('opacity', 0).remove()),
      )
      .attr('data-group', (wedge) => wedge.group)
      .call((shown) =>
        shown
          .transition(t)
          .attr('opacity', REGION_OPACITY)
          .styleTween('fill', function tween(wedge) {
            return fillBetween(this, wedge.fill);
          }),
      );
    root
      .selectAll<SVGLineElement, Boundary>('line[data-boundary]')
      .data(shapes.boundaries, (boundary) => boundary.id)
      .join(
        (enter) =>
          enter
            .append('line')
            .attr('data-boundary', (boundary) => boundary.id)
            .attr('class', styles.cutLine!)
            .attr('x1', 0)
            .attr('y1', 0)
            .attr('x2', (boundary) => (reducedMotion ? boundary.x2 : 0))
            .attr('y2', (boundary) => (reducedMotion ? boundary.y2 : 0)),
        (update) => update,
        (exit) => exit.call((gone) => gone.transition(t).attr('x2', 0).attr('y2', 0).remove()),
      )
      .call((shown) =>
        shown
          .transition(t)
          .attr('x2', (boundary) => boundary.x2)
          .attr('y2', (boundary) => boundary.y2),
      );
  }, [shapes, reducedMotion]);

  return (
    <g
      ref={ref}
      className={styles.regions}
      transform={`translate(${CENTER},${CENTER})`}
      aria-hidden="true"
    />
  );
}
