/** What one draw of the canvas is given, and what it reports back. */
import type { VectorClock } from '@/sim/checkers/causality';
import type { Point } from '../queries/frontier';
import type { XScale } from './geometry';
import type { Segment, Visibility } from '../queries/messageSegments';
import type { Palette } from '../../theme/palette';
import type { SpaceTimeData } from '../data/spaceTimeData';
import type { TimeWindow } from './viewWindow';

export type ClockLabels = 'vector' | 'lamport' | null;

export interface Scene {
  readonly data: SpaceTimeData;
  readonly seen: Visibility;
  readonly window: TimeWindow;
  readonly scale: XScale;
  readonly width: number;
  /** Where the plot starts, right of the lane labels. */
  readonly left: number;
  /** Each lane's height (px), from `laneHeight`. */
  readonly laneHeight: number;
  readonly palette: Palette;
  /** The event whose light cone is shaded. */
  readonly selected: number | null;
  /** What the chosen node knows: its frontier clock and the staircase around it. */
  readonly knowledge: { readonly clock: VectorClock; readonly region: readonly Point[] } | null;
  readonly highlightLane: number;
  readonly highlightMessage: number | null;
  readonly clockLabels: ClockLabels;
}

export interface Painted {
  readonly segments: readonly Segment[];
  /** Whether clock labels were drawn (they are left out when too dense to read). */
  readonly labelled: boolean;
}
