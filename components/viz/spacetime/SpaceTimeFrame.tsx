'use client';
/**
 * The body shared by the live and the static space-time views: toolbar, the diagram
 * (canvas + SVG overlay, drawn by renderer.ts), and the text that says what it shows.
 *
 * React state here changes only on a person's action (select, focus, toggle), never per
 * frame. The clock is plugged in by the caller through `connect`.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { eventOfKey, keyOf } from './input/choiceKeys';
import { ConePanel } from './ConePanel';
import type { ClockLabels } from './drawing/scene';
import { diagramHeight, labelEvery, laneHeight, laneY } from './drawing/geometry';
import { KnowledgePanel } from './KnowledgePanel';
import { navigate, NAVIGATION_KEYS, type NavigationKey } from './queries/navigation';
import type { Hover, RendererState, SpaceTimeRenderer } from './drawing/renderer';
import { SpaceTimeLegend } from './SpaceTimeLegend';
import { SpaceTimeToolbar } from './SpaceTimeToolbar';
import type { SpaceTimeData, SpaceTimeHighlight } from './data/spaceTimeData';
import { segmentCopy } from './queries/messageSegments';
import {
  eventCaption,
  eventName,
  highlightName,
  segmentName,
  viewSummary,
} from './queries/spaceTimeText';
import { useSpaceTimeRenderer, type RendererRefs } from './useSpaceTimeRenderer';
import styles from './spacetime.module.css';

export interface SpaceTimeFrameProps {
  readonly data: SpaceTimeData;
  /**
   * Changes when `data` is rebuilt in place (a live window moved): choices carry over by
   * trace index while their event is still held.
   */
  readonly generation: number;
  /** Changes when the run behind `data` changed (a fork): choices are cleared. */
  readonly lineage?: number;
  /** As of the latest snapshot: visible events, and the cursor in axis units. */
  readonly visibleCount: number;
  readonly cursor: number;
  readonly label: string;
  readonly highlight?: SpaceTimeHighlight;
  readonly onHover?: (highlight: SpaceTimeHighlight) => void;
  /** Ties the renderer to a clock; returns a function that unties it. Keep it stable. */
  readonly connect: (renderer: SpaceTimeRenderer) => () => void;
  /** Extra controls under the toolbar (the static view's cursor). */
  readonly children?: ReactNode;
}

export function SpaceTimeFrame(props: SpaceTimeFrameProps) {
  const { data, generation, lineage = 0, visibleCount, cursor, label, highlight = null } = props;
  const { onHover } = props;
  const refs = useRendererRefs();
  const captionRef = useRef<HTMLParagraphElement>(null);
  const hintRef = useRef<HTMLParagraphElement>(null);
  // The chosen events, by trace index where the data has one (see `keyOf`).
  const [selectedKey, setSelectedKey] = useState<number | null>(null);
  const [focusedKey, setFocusedKey] = useState<number | null>(null);
  const selected = eventOfKey(data, selectedKey);
  const focused = eventOfKey(data, focusedKey);
  const setSelected = (id: number | null) => setSelectedKey(keyOf(data, id));
  const setFocused = (id: number | null) => setFocusedKey(keyOf(data, id));
  const [clockLabels, setClockLabels] = useState<ClockLabels>(null);
  const [knowing, setKnowing] = useState(false);
  const [knower, setKnower] = useState<string>(data.hosts[0] ?? '');
  const [announcement, setAnnouncement] = useState('');
  const [scope, setScope] = useState({ data, generation, lineage });
  if (scope.data !== data || scope.lineage !== lineage) {
    // A new graph, or a new run behind it, starts with nothing chosen.
    setScope({ data, generation, lineage });
    setSelectedKey(null);
    setFocusedKey(null);
  } else if (scope.generation !== generation) {
    // The live window moved: a choice it still holds stays, one it dropped goes.
    setScope({ data, generation, lineage });
    if (selected === null) setSelectedKey(null);
    if (focused === null) setFocusedKey(null);
  }
  const host = data.hosts.includes(knower) ? knower : (data.hosts[0] ?? '');

  const state = useMemo<RendererState>(
    () => ({
      selectedKey: selected === null ? null : selectedKey,
      focusedKey: focused === null ? null : focusedKey,
      knower: knowing ? host : null,
      clockLabels,
      highlight,
    }),
    [selected, selectedKey, focused, focusedKey, knowing, host, clockLabels, highlight],
  );

  // The highlight this view reported last: one that differs came from another view.
  const reported = useRef<SpaceTimeHighlight>(null);
  // Whether the caption names a highlight from another view (cleared when that ends).
  const external = useRef(false);
  const report = (hover: Hover) => {
    const caption = captionRef.current;
    if (caption) caption.textContent = describeHover(data, hover);
    external.current = false;
    reported.current = toHighlight(data, hover);
    onHover?.(reported.current);
  };
  useEffect(() => {
    const caption = captionRef.current;
    if (!caption) return;
    if (highlight !== null && highlight !== reported.current) {
      caption.textContent = highlightName(data, highlight);
      external.current = true;
    } else if (highlight === null && external.current) {
      caption.textContent = '';
      external.current = false;
    }
  }, [data, highlight]);
  const select = (id: number | null) => {
    setSelected(id);
    setAnnouncement(id === null ? 'Selection cleared.' : `Selected ${eventName(data, id)}.`);
  };

  const renderer = useSpaceTimeRenderer(
    refs,
    data,
    state,
    {
      onHover: report,
      onClick: (hover) => {
        if (hover.event === null && selected === null) return;
        if (hover.event !== null) setFocused(hover.event);
        // Clicking the selected event, or empty space, clears the selection.
        select(hover.event === selected ? null : hover.event);
      },
      onLabelled: (labelled) => {
        if (hintRef.current) hintRef.current.hidden = labelled;
      },
    },
    props.connect,
  );

  // Keys the diagram uses are marked handled, so the page's player shortcuts skip them.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = renderer.current;
    if (!current) return;
    const { count, cursor: at } = current.visibility;
    const zoomKeys: Record<string, () => void> = {
      '+': () => current.zoomIn(),
      '=': () => current.zoomIn(),
      '-': () => current.zoomOut(),
      '0': () => current.fit(),
    };
    if (NAVIGATION_KEYS.includes(event.key)) {
      event.preventDefault();
      const next = navigate(data.layout, count, focused, event.key as NavigationKey, at);
      if (next === null) return;
      setFocused(next);
      current.reveal(next);
      setAnnouncement(`${eventName(data, next)}. Enter selects it.`);
      report({ event: next, segment: null, lane: data.layout.lane[next]! });
    } else if ((event.key === 'Enter' || event.key === ' ') && focused !== null) {
      event.preventDefault();
      select(focused === selected ? null : focused);
    } else if (event.key === 'Escape' && selected !== null) {
      event.preventDefault();
      select(null);
    } else if (zoomKeys[event.key] && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      zoomKeys[event.key]!();
    }
  };

  const height = diagramHeight(data.hosts.length);
  const lane = laneHeight(data.hosts.length);
  // Past about 20 lanes only every few are named on the picture (and the one another
  // view points at); the diagram's label names them all.
  const every = labelEvery(lane);
  const named = (name: string, index: number) => index % every === 0 || name === highlight?.node;
  const helpId = `${refs.id}-help`;
  return (
    <figure className={styles.figure} aria-label={label}>
      <SpaceTimeToolbar
        renderer={renderer}
        hosts={data.hosts}
        clockLabels={clockLabels}
        onClockLabels={setClockLabels}
        knowing={knowing}
        onKnowing={setKnowing}
        knower={host}
        onKnower={setKnower}
      />
      {props.children}
      <div
        ref={refs.stage}
        className={styles.stage}
        style={{ height }}
        tabIndex={0}
        role="application"
        aria-roledescription="space-time diagram"
        aria-label={`${label}, one lane per node: ${data.hosts.join(', ')}`}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onBlur={() => onHover?.(null)}
      >
        <canvas ref={refs.moving} className={styles.canvas} aria-hidden="true" />
        <canvas ref={refs.canvas} className={styles.canvas} aria-hidden="true" />
        <div
          ref={refs.cursor}
          className={styles.cursor}
          style={{ visibility: 'hidden' }}
          aria-hidden="true"
        />
        <svg ref={refs.svg} className={styles.svg} height={height} aria-hidden="true">
          {data.hosts.map(
            (name, index) =>
              named(name, index) && (
                <text
                  key={name}
                  x={8}
                  y={laneY(index, lane)}
                  dy="0.35em"
                  className={styles.laneLabel}
                >
                  {name}
                </text>
              ),
          )}
          <g ref={refs.axis} className={styles.axis} />
          <path ref={refs.frontier} className={styles.frontier} visibility="hidden" />
          <circle ref={refs.hoverRing} className={styles.hoverRing} visibility="hidden" />
          <circle ref={refs.selectedRing} className={styles.selectedRing} visibility="hidden" />
          <circle ref={refs.focusRing} className={styles.focusRing} visibility="hidden" />
        </svg>
        <span ref={refs.probe} className={styles.probe} />
      </div>
      <p className={styles.summary}>{viewSummary(data, visibleCount)}</p>
      <p id={helpId} className={styles.hint}>
        Click an event, or focus the diagram and use the arrow keys and Enter, to see its light
        cone; Escape clears it. Drag to pan; Ctrl + wheel, pinch, or + and − to zoom; 0 fits.
      </p>
      <p ref={hintRef} className={styles.hint} hidden>
        Zoom in to read the clocks.
      </p>
      <p ref={captionRef} className={styles.caption} />
      <SpaceTimeLegend />
      {selected !== null && (
        <ConePanel
          data={data}
          visibleCount={visibleCount}
          selected={selected}
          onClear={() => select(null)}
        />
      )}
      {knowing && (
        <KnowledgePanel data={data} visibleCount={visibleCount} cursor={cursor} host={host} />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}

function useRendererRefs(): RendererRefs & { readonly id: string } {
  const stage = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const moving = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const axis = useRef<SVGGElement>(null);
  const cursor = useRef<HTMLDivElement>(null);
  const frontier = useRef<SVGPathElement>(null);
  const selectedRing = useRef<SVGCircleElement>(null);
  const focusRing = useRef<SVGCircleElement>(null);
  const hoverRing = useRef<SVGCircleElement>(null);
  const probe = useRef<HTMLSpanElement>(null);
  const id = `lc-spacetime-${useId().replace(/:/g, '')}`;
  return useMemo(
    () => ({
      id,
      stage,
      canvas,
      moving,
      svg,
      axis,
      cursor,
      frontier,
      selectedRing,
      focusRing,
      hoverRing,
      probe,
    }),
    [id],
  );
}

/** What the pointer is over, in words, for the caption under the diagram. */
function describeHover(data: SpaceTimeData, hover: Hover): string {
  if (hover.event !== null) return eventCaption(data, hover.event);
  if (hover.segment !== null) return segmentName(data, hover.segment);
  return hover.lane >= 0 ? (data.hosts[hover.lane] ?? '') : '';
}

function toHighlight(data: SpaceTimeData, hover: Hover): SpaceTimeHighlight {
  if (hover.segment !== null) {
    return { node: segmentCopy(data, hover.segment)?.from, message: hover.segment.messageId };
  }
  if (hover.event !== null) {
    const event = data.events[hover.event];
    if (!event) return null;
    return event.messageId === undefined
      ? { node: event.host }
      : { node: event.host, message: event.messageId };
  }
  return hover.lane >= 0 ? { node: data.hosts[hover.lane] } : null;
}
