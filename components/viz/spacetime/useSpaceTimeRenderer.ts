'use client';
/**
 * Creates the renderer once per mount (in an effect, on refs, destroyed on unmount),
 * keeps it sized to its stage and painted in the current colour scheme, and hands it
 * to `connect`, which ties it to a clock.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { watchColorScheme } from '../theme/palette';
import {
  SpaceTimeRenderer,
  type RendererCallbacks,
  type RendererElements,
  type RendererState,
} from './drawing/renderer';
import type { SpaceTimeData } from './data/spaceTimeData';

export interface RendererRefs {
  readonly stage: RefObject<HTMLDivElement | null>;
  readonly canvas: RefObject<HTMLCanvasElement | null>;
  readonly moving: RefObject<HTMLCanvasElement | null>;
  readonly svg: RefObject<SVGSVGElement | null>;
  readonly axis: RefObject<SVGGElement | null>;
  readonly cursor: RefObject<HTMLDivElement | null>;
  readonly frontier: RefObject<SVGPathElement | null>;
  readonly selectedRing: RefObject<SVGCircleElement | null>;
  readonly focusRing: RefObject<SVGCircleElement | null>;
  readonly hoverRing: RefObject<SVGCircleElement | null>;
  readonly probe: RefObject<HTMLSpanElement | null>;
}

export function useSpaceTimeRenderer(
  refs: RendererRefs,
  data: SpaceTimeData,
  state: RendererState,
  callbacks: RendererCallbacks,
  connect: (renderer: SpaceTimeRenderer) => () => void,
): RefObject<SpaceTimeRenderer | null> {
  const renderer = useRef<SpaceTimeRenderer | null>(null);
  // Callbacks change every render; the renderer calls whatever is current.
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  // The data at mount; later changes go through setData below.
  const initialData = useRef(data);

  useEffect(() => {
    const elements = readElements(refs);
    const stage = refs.stage.current;
    if (!elements || !stage) return;
    const created = new SpaceTimeRenderer(elements, initialData.current, {
      onHover: (hover) => latest.current.onHover(hover),
      onClick: (hover) => latest.current.onClick(hover),
      onLabelled: (labelled) => latest.current.onLabelled(labelled),
    });
    renderer.current = created;
    created.resize(stage.clientWidth);
    const observer = new ResizeObserver(() => created.resize(stage.clientWidth));
    observer.observe(stage);
    const stopWatching = watchColorScheme(() => created.repaint());
    return () => {
      observer.disconnect();
      stopWatching();
      created.destroy();
      renderer.current = null;
    };
  }, [refs]);

  useEffect(() => {
    const current = renderer.current;
    const stage = refs.stage.current;
    if (!current || !stage) return;
    current.setData(data);
    current.resize(stage.clientWidth);
  }, [refs, data]);

  useEffect(() => {
    const current = renderer.current;
    return current ? connect(current) : undefined;
  }, [connect]);

  useEffect(() => {
    renderer.current?.setState(state);
  }, [state]);

  return renderer;
}

function readElements(refs: RendererRefs): RendererElements | null {
  const canvas = refs.canvas.current;
  const moving = refs.moving.current;
  const svg = refs.svg.current;
  const axis = refs.axis.current;
  const cursor = refs.cursor.current;
  const frontier = refs.frontier.current;
  const selectedRing = refs.selectedRing.current;
  const focusRing = refs.focusRing.current;
  const hoverRing = refs.hoverRing.current;
  const probe = refs.probe.current;
  if (!canvas || !moving || !svg || !axis || !cursor || !frontier) return null;
  if (!selectedRing || !focusRing || !hoverRing || !probe) return null;
  return { canvas, moving, svg, axis, cursor, frontier, selectedRing, focusRing, hoverRing, probe };
}
