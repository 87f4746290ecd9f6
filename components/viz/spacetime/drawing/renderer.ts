/**
 * The imperative half of the space-time view, owned by one React effect.
 *
 * Render strategy: React renders the structure (toolbar, lists, the empty canvas and
 * SVG layers) and pushes coarse state in through `setState`. Everything that moves is
 * drawn here: the bulk on a canvas (drawCanvas.ts), and the axis, cursor, rings and
 * frontier line on an SVG overlay (drawOverlay.ts), which React never renders into.
 * The player's frame listener calls `frame`; nothing calls setState per frame.
 *
 * The visible window (in axis units) is the truth: the camera (timeZoom.ts, on d3-zoom)
 * turns drags, wheels, pinches and the toolbar's moves into windows, and is told the
 * window between gestures, so the run can grow under a zoomed-in reader.
 */
import { eventOfKey } from '../input/choiceKeys';
import { drawMoving, drawSettled, drawSettledSince } from './drawCanvas';
import { drawOverlay, type OverlayElements } from './drawOverlay';
import {
  diagramHeight,
  gutterWidth,
  HIT_RADIUS,
  laneAt,
  laneHeight,
  laneY,
  RIGHT,
  type XScale,
} from './geometry';
import { hitEvent, hitSegment } from '../queries/hitTest';
import { KnowledgeTracker } from '../queries/knowledgeAt';
import { visibilityMoved, type Segment, type Visibility } from '../queries/messageSegments';
import { readPalette, type Palette } from '../../theme/palette';
import { coversExtent } from '../input/camera';
import type { ClockLabels, Scene } from './scene';
import type { SpaceTimeData } from '../data/spaceTimeData';
import { TimeZoom } from '../input/timeZoom';
import {
  clampWindow,
  fitWindow,
  followCursor,
  liveFitWindow,
  windowScale,
  minSpan,
  revealInWindow,
  type TimeWindow,
} from './viewWindow';

export interface RendererElements extends OverlayElements {
  /** The settled layer, on top (see drawCanvas.ts). */
  readonly canvas: HTMLCanvasElement;
  /** The moving layer, underneath. */
  readonly moving: HTMLCanvasElement;
  readonly svg: SVGSVGElement;
  /** Where the palette is resolved (see palette.ts). */
  readonly probe: HTMLElement;
}

export interface RendererState {
  /** Chosen events as keys (choiceKeys.ts), looked up in the data drawn: never a stale id. */
  readonly selectedKey: number | null;
  readonly focusedKey: number | null;
  /** The node whose knowledge is shown, or null. */
  readonly knower: string | null;
  readonly clockLabels: ClockLabels;
  readonly highlight: { readonly node?: string; readonly message?: number } | null;
}

/** What the pointer is over. */
export interface Hover {
  readonly event: number | null;
  readonly segment: Segment | null;
  readonly lane: number;
}

export interface RendererCallbacks {
  /** The pointer moved onto something else (or off everything: all null, lane -1). */
  readonly onHover: (hover: Hover) => void;
  readonly onClick: (hover: Hover) => void;
  /** Whether clock labels fit, when that changes. */
  readonly onLabelled: (labelled: boolean) => void;
}

const ZOOM_STEP = 2;
/** While a run plays, the settled layer takes in what settled at most this often (ms). */
const SETTLE_MS = 250;
const NO_HOVER: Hover = { event: null, segment: null, lane: -1 };

export class SpaceTimeRenderer {
  private data: SpaceTimeData;
  private state: RendererState = {
    selectedKey: null,
    focusedKey: null,
    knower: null,
    clockLabels: null,
    highlight: null,
  };
  private seen: Visibility = { count: 0, traceEnd: 0, cursor: 0 };
  private extent: TimeWindow = { start: 0, end: 1 };
  private window: TimeWindow = { start: 0, end: 1 };
  /** Fit mode: the window is the whole run, and grows with it. */
  private fitting = true;
  private width = 0;
  /** The plot's left edge, right of the lane labels. */
  private left: number;
  private palette: Palette;
  /** What the settled layer shows, and the segments on each layer (for hit testing). */
  private base: Visibility | null = null;
  private baseWindow: TimeWindow = { start: 0, end: 0 };
  private baseKnowledge = '';
  private baseLayout: SpaceTimeData['layout'] | null = null;
  /** The axis's window and width as last drawn. */
  private axisKey = '';
  private settledAt = 0;
  private settledSegments: Segment[] = [];
  private movingSegments: Segment[] = [];
  /** What the moving layer and the overlay last showed; equal means nothing moved a pixel. */
  private shown = '';
  private labelled = true;
  private hover: Hover = NO_HOVER;
  private readonly zoom: TimeZoom;
  private readonly knower = new KnowledgeTracker();

  constructor(
    private readonly elements: RendererElements,
    data: SpaceTimeData,
    private readonly callbacks: RendererCallbacks,
  ) {
    this.data = data;
    this.left = gutterWidth(data.hosts);
    this.palette = readPalette(elements.probe);
    this.zoom = new TimeZoom(elements.svg, (w) => this.moved(w));
    elements.svg.addEventListener('pointermove', this.pointerMoved);
    elements.svg.addEventListener('pointerleave', this.pointerLeft);
    elements.svg.addEventListener('click', this.clicked);
  }

  destroy(): void {
    this.zoom.destroy();
    this.elements.svg.removeEventListener('pointermove', this.pointerMoved);
    this.elements.svg.removeEventListener('pointerleave', this.pointerLeft);
    this.elements.svg.removeEventListener('click', this.clicked);
  }

  setData(data: SpaceTimeData): void {
    this.data = data;
    this.left = gutterWidth(data.hosts);
    this.knower.reset();
    this.draw();
  }

  setState(state: RendererState): void {
    this.state = state;
    this.draw();
  }

  /** Re-reads the palette after a colour-scheme change. */
  repaint(): void {
    this.palette = readPalette(this.elements.probe);
    this.draw();
  }

  resize(width: number): void {
    const height = diagramHeight(this.data.hosts.length);
    const ratio = window.devicePixelRatio || 1;
    this.width = width;
    for (const canvas of [this.elements.canvas, this.elements.moving]) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.height = `${height}px`;
      canvas.getContext('2d')?.setTransform(ratio, 0, 0, ratio, 0, 0);
    }
    this.draw();
  }

  /** Moves to a new instant: the cursor, what is visible, and how far the run reaches. */
  frame(seen: Visibility, last: number): void {
    const previous = this.seen.cursor;
    this.seen = seen;
    const { axis, live, heldFrom } = this.data;
    this.extent = live ? liveFitWindow(last, axis, heldFrom) : fitWindow(last, axis);
    // While the camera moves, it reports where it is.
    const follow = !this.zoom.moving && !this.fitting && live;
    if (!this.zoom.moving && this.fitting) this.window = this.extent;
    const next = follow ? followCursor(this.window, previous, seen.cursor, this.extent) : null;
    if (next !== null && next !== this.window) this.zoom.moveTo(next);
    this.window = clampWindow(this.window, this.extent);
    this.render(false);
  }

  get visibility(): Visibility {
    return this.seen;
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  /** Moves the camera to the whole run; fit mode again once it gets there. */
  fit(): void {
    this.zoom.moveTo(this.extent);
  }

  /** Pans so the event is in view (for keyboard focus). */
  reveal(id: number): void {
    const x = this.data.layout.x[id];
    if (x === undefined) return;
    const next = revealInWindow(this.window, x, this.extent);
    if (next !== this.window) this.zoom.moveTo(next);
  }

  /** Zooms about the cursor when it is in view, else about the middle of the plot. */
  private zoomBy(factor: number): void {
    const { cursor } = this.seen;
    const [left, right] = this.plotRange();
    const inView = cursor >= this.window.start && cursor <= this.window.end;
    this.zoom.zoomBy(factor, inView ? this.scale()(cursor) : (left + right) / 2);
  }

  /** Where the camera went. Zoomed all the way out is fit mode again. */
  private moved(w: TimeWindow): void {
    const next = clampWindow(w, this.extent);
    this.fitting = coversExtent(next, this.extent);
    this.window = this.fitting ? this.extent : next;
    this.render(false);
  }

  /** Tells the camera the window shown (ignored while it moves). */
  private syncCamera(): void {
    const [left, right] = this.plotRange();
    this.zoom.show(this.window, {
      extent: this.extent,
      left,
      right,
      narrowest: minSpan(this.data.axis),
      height: diagramHeight(this.data.hosts.length),
    });
  }

  private plotRange(): [number, number] {
    return [this.left, Math.max(this.left + 1, this.width - RIGHT)];
  }

  private scale(): XScale {
    const [left, right] = this.plotRange();
    return windowScale(this.window, left, right);
  }

  private readonly pointerMoved = (event: PointerEvent): void => {
    if (event.buttons === 0) this.setHover(this.hitAt(event));
  };

  private readonly pointerLeft = (): void => this.setHover(NO_HOVER);

  private readonly clicked = (event: MouseEvent): void => this.callbacks.onClick(this.hitAt(event));

  private setHover(hover: Hover): void {
    const same =
      hover.event === this.hover.event &&
      hover.lane === this.hover.lane &&
      hover.segment?.messageId === this.hover.segment?.messageId &&
      hover.segment?.receive === this.hover.segment?.receive;
    if (same) return;
    this.hover = hover;
    // The hovered lane is tinted on the moving layer; the settled one stays.
    this.shown = '';
    this.render(false);
    this.callbacks.onHover(hover);
  }

  /** What lies under a pointer: an event first, else a message line, else a lane. */
  private hitAt(event: MouseEvent): Hover {
    const box = this.elements.svg.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    const lanes = this.data.hosts.length;
    const height = laneHeight(lanes);
    const lane = laneAt(py, lanes, height);
    if (lane < 0 || px < this.left - HIT_RADIUS) return NO_HOVER;
    const scale = this.scale();
    const { layout } = this.data;
    if (Math.abs(laneY(lane, height) - py) <= HIT_RADIUS) {
      const hit = hitEvent(layout, lane, px, scale, this.seen.count, HIT_RADIUS);
      if (hit !== null) return { event: hit, segment: null, lane };
    }
    const segment =
      hitSegment(this.movingSegments, layout, scale, px, py, HIT_RADIUS, height) ??
      hitSegment(this.settledSegments, layout, scale, px, py, HIT_RADIUS, height);
    return { event: null, segment, lane };
  }

  /** Draws everything again (a choice, the size, the colours or the window changed). */
  draw(): void {
    this.render(true);
  }

  /**
   * Brings the picture up to date. `all` redraws both layers; otherwise the settled
   * layer is redrawn only when the window moved, the run went back, or the knowledge
   * shading changed, takes in what settled at most every SETTLE_MS, and nothing is
   * touched at all when no layer would change by a pixel.
   */
  private render(all: boolean): void {
    this.syncCamera();
    const settled = this.elements.canvas.getContext('2d');
    const moving = this.elements.moving.getContext('2d');
    if (!settled || !moving || this.width === 0) return;
    const scale = this.scale();
    const drawn = this.knower.at(
      this.data,
      this.state.knower,
      this.seen,
      scale,
      this.left,
      this.width - RIGHT,
    );
    const knowledge = drawn && { clock: drawn.clock, region: drawn.region };
    const seen = this.seen;
    const base = this.base;
    const moved =
      this.window.start !== this.baseWindow.start || this.window.end !== this.baseWindow.end;
    const since = base === null ? 'behind' : visibilityMoved(seen, base);
    const behind = since === 'behind' || this.baseLayout !== this.data.layout;
    const ahead = !behind && since === 'ahead';
    const now = performance.now();
    const due = now - this.settledAt >= SETTLE_MS;
    const knowledgeKey = drawn?.key ?? '';
    const ratio = window.devicePixelRatio || 1;
    const shown = `${this.window.start},${this.window.end}|${seen.count},${seen.traceEnd}|${Math.round(scale(seen.cursor) * ratio)}|${drawn === null ? '' : drawn.line.join()}`;
    if (!all && !moved && !behind && shown === this.shown && !(ahead && due)) return;

    const scene = this.scene(scale, knowledge);
    // Knowledge tints settled events too: it may lag the cursor by up to SETTLE_MS.
    const full =
      all || moved || behind || !this.data.live || (due && knowledgeKey !== this.baseKnowledge);
    if (full || (ahead && due)) {
      if (full || this.state.clockLabels !== null) {
        const painted = drawSettled(settled, scene);
        this.settledSegments = [...painted.segments];
        const labelled = this.state.clockLabels === null || painted.labelled;
        if (labelled !== this.labelled) this.callbacks.onLabelled(labelled);
        this.labelled = labelled;
      } else {
        this.settledSegments.push(...drawSettledSince(settled, scene, base!));
      }
      this.base = seen;
      this.baseWindow = this.window;
      this.baseKnowledge = knowledgeKey;
      this.baseLayout = this.data.layout;
      this.settledAt = now;
    }
    this.movingSegments = drawMoving(moving, scene, this.base!);
    const [left, right] = this.plotRange();
    const axisKey = `${this.window.start},${this.window.end},${left},${right},${this.data.hosts.length}`;
    drawOverlay(this.elements, {
      axisChanged: axisKey !== this.axisKey,
      layout: this.data.layout,
      lanes: this.data.hosts.length,
      laneHeight: laneHeight(this.data.hosts.length),
      axis: this.data.axis,
      window: this.window,
      scale,
      left,
      right,
      cursor: seen.cursor,
      count: seen.count,
      frontier: drawn?.line ?? null,
      selected: eventOfKey(this.data, this.state.selectedKey),
      focused: eventOfKey(this.data, this.state.focusedKey),
      hovered: this.hover.event,
    });
    this.shown = shown;
    this.axisKey = axisKey;
  }

  private scene(scale: XScale, knowledge: Scene['knowledge']): Scene {
    return {
      data: this.data,
      seen: this.seen,
      window: this.window,
      scale,
      width: this.width,
      left: this.left,
      laneHeight: laneHeight(this.data.hosts.length),
      palette: this.palette,
      selected: eventOfKey(this.data, this.state.selectedKey),
      knowledge,
      highlightLane: this.highlightLane(),
      highlightMessage: this.state.highlight?.message ?? null,
      clockLabels: this.state.clockLabels,
    };
  }

  private highlightLane(): number {
    const node = this.state.highlight?.node ?? this.data.hosts[this.hover.lane];
    return node === undefined ? -1 : this.data.hosts.indexOf(node);
  }
}
