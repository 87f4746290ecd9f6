'use client';
/**
 * Motion for the few SVG elements that change: partition regions and node colours. D3
 * owns it (`selection.join` plus `d3-transition`); React renders only the structure.
 * With `prefers-reduced-motion` every transition has duration 0 and starts at its final
 * value, so nothing in between is ever shown.
 */
import 'd3-transition';
import { interpolateRgb } from 'd3-interpolate';
import { select } from 'd3-selection';
import { useLayoutEffect, type RefObject } from 'react';

/** How long a region or a node colour takes to change, in milliseconds. */
export const MOTION_MS = 300;

export function motionDuration(reducedMotion: boolean): number {
  return reducedMotion ? 0 : MOTION_MS;
}

/**
 * An interpolator for an element's `fill` towards `target`, which may be a CSS variable:
 * both ends are resolved to colours for the interpolation, and the variable itself is
 * set at the end, so that a later change of theme still applies.
 */
export function fillBetween(element: SVGElement, target: string): (t: number) => string {
  const from = getComputedStyle(element).fill;
  const inline = element.style.fill;
  element.style.fill = target;
  const to = getComputedStyle(element).fill;
  element.style.fill = inline;
  const between = interpolateRgb(from, to);
  return (t) => (t >= 1 ? target : between(t));
}

/** The attribute a node's body carries with its tone's colour, for `useToneFills`. */
export const TONE_FILL = 'data-fill';

/**
 * Keeps every `[data-fill]` element's fill equal to its attribute, fading from the old
 * colour to the new one when it changes. Runs after each render, before paint.
 */
export function useToneFills(root: RefObject<Element | null>, reducedMotion: boolean): void {
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const duration = motionDuration(reducedMotion);
    select(element)
      .selectAll<SVGElement, unknown>(`[${TONE_FILL}]`)
      .each(function update() {
        const target = this.getAttribute(TONE_FILL)!;
        const shown = (this as SVGElement & { __lcFill?: string }).__lcFill;
        if (shown === target) return;
        (this as SVGElement & { __lcFill?: string }).__lcFill = target;
        if (shown === undefined || duration === 0) {
          select(this).interrupt('fill');
          this.style.fill = target;
          return;
        }
        select(this)
          .transition('fill')
          .duration(duration)
          .styleTween('fill', function tween() {
            return fillBetween(this, target);
          });
      });
  });
}
