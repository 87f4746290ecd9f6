'use client';
/**
 * Binds the message canvas to the player's frame loop: sizes it to the screen, keeps its
 * colours in step with the colour scheme, draws every frame (or twice a second with
 * reduced motion), and hit-tests the pointer against the dots drawn last, so hovering a
 * message emphasises it in the space-time diagram.
 */
import { useCallback, useEffect, useRef, type PointerEvent } from 'react';
import type { PlayerStore } from '@/components/player/PlayerStore';
import type { SpaceTimeHighlight } from './spacetime';
import { watchColorScheme } from './theme/palette';
import {
  DotBuffer,
  DropTracker,
  dotAt,
  lostMarks,
  MessageCanvas,
  messagePositions,
} from './messageLayer';
import { SendIndex } from './sendIndex';
import { VIEW_SIZE, type ClusterGeometry, type Point } from './layout';

/** Wall-clock time a lost message stays marked. */
const LOST_MARK_MS = 900;
/** With reduced motion, positions jump at this interval instead of gliding. */
const REDUCED_MOTION_FRAME_MS = 500;
/** How far from a dot's edge the pointer still picks it, in viewBox units. */
const HOVER_SLACK = 4;

interface View {
  readonly positions: ReadonlyMap<string, Point>;
  readonly geometry: ClusterGeometry;
  readonly reducedMotion: boolean;
  /** The message to emphasise (from the space-time diagram), if any. */
  readonly highlighted: number | null;
  readonly onHover: ((highlight: SpaceTimeHighlight) => void) | undefined;
}

export function useMessageCanvas(store: PlayerStore, view: View) {
  const { positions, geometry, reducedMotion, highlighted, onHover } = view;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Read by the frame loop, so a hover does not restart it.
  const highlightedMessage = useRef<number | null>(null);
  highlightedMessage.current = highlighted;
  const dots = useRef(new DotBuffer());
  /** Draws the current instant again, now. */
  const drawRef = useRef<(() => void) | null>(null);
  const hovered = useRef<number | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const painter = new MessageCanvas(canvas);
    const sends = new SendIndex();
    const drops = new DropTracker();
    const { inset, dotRadius } = geometry;
    let lastDraw = -Infinity;
    let drawn = -1;
    const draw = () => {
      const sim = store.sim;
      const window = LOST_MARK_MS * 1000 * store.getSnapshot().speed;
      messagePositions(sim, positions, inset, dots.current, reducedMotion);
      const marks = lostMarks(sim, positions, inset, sends, drops, window);
      painter.draw(dots.current, marks, dotRadius, !reducedMotion, highlightedMessage.current);
      // For tests and benchmarks: how many messages are on screen. Written only on change.
      if (dots.current.count !== drawn) {
        drawn = dots.current.count;
        canvas.dataset.messages = String(drawn);
      }
    };
    drawRef.current = draw;
    const resize = () => {
      painter.resize(canvas.clientWidth, window.devicePixelRatio || 1);
      draw();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    const stopWatching = watchColorScheme(() => {
      painter.refreshPalette();
      draw();
    });
    const stopFrames = store.onFrame(() => {
      const wall = performance.now();
      if (reducedMotion && store.getSnapshot().playing && wall - lastDraw < REDUCED_MOTION_FRAME_MS)
        return;
      lastDraw = wall;
      draw();
    });
    return () => {
      drawRef.current = null;
      observer.disconnect();
      stopWatching();
      stopFrames();
    };
  }, [store, positions, geometry, reducedMotion]);

  // A highlight from the space-time diagram shows at once, even while paused.
  useEffect(() => drawRef.current?.(), [highlighted]);

  const setHovered = useCallback(
    (id: number | null) => {
      if (id === hovered.current) return;
      hovered.current = id;
      onHover?.(id === null ? null : { message: id });
    },
    [onHover],
  );

  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const canvas = canvasRef.current;
      // No hover while a partition line is being drawn.
      if (!onHover || !canvas || event.buttons !== 0) return;
      const box = canvas.getBoundingClientRect();
      if (box.width === 0) return;
      const x = ((event.clientX - box.left) / box.width) * VIEW_SIZE;
      const y = ((event.clientY - box.top) / box.height) * VIEW_SIZE;
      setHovered(dotAt(dots.current, x, y, geometry.dotRadius + HOVER_SLACK));
    },
    [geometry, onHover, setHovered],
  );

  const onPointerLeave = useCallback(() => setHovered(null), [setHovered]);

  return { canvasRef, onPointerMove, onPointerLeave };
}
